// Every project's unit and component specs in one jest run (what `npm test` counts).
// Integration specs have their own config: apps/api/jest.int.config.cjs.
const fs = require('node:fs');
const path = require('node:path');

const roots = ['apps', 'libs', 'libs/api', 'libs/web', 'libs/shared'];
const projects = roots
  .flatMap((root) =>
    fs.existsSync(root) ? fs.readdirSync(root).map((name) => path.join(root, name)) : [],
  )
  .filter((dir) => fs.existsSync(path.join(dir, 'jest.config.cjs')))
  .map((dir) => `<rootDir>/${dir}/jest.config.cjs`);

// testTimeout is a global option: the projects' own (20 s for component specs) are ignored in a
// multi-project run, which then fell back to jest's 5 s (forms timed out on a busy machine).
module.exports = { projects, testTimeout: 20000 };
