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

module.exports = { projects };
