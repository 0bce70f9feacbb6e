// Bench only, never loaded in production: `node --expose-gc -r ./bench/lib/heap-probe.cjs …`
// makes the API answer its parent over IPC. { probe: 'memory' } collects garbage (full GC, a few
// times so that weak references and finalizers settle) and replies process.memoryUsage();
// { probe: 'snapshot', file } writes a V8 heap snapshot there and replies its path;
// { probe: 'profile-start' } and { probe: 'profile-stop', file } take a CPU profile of the window
// between them (.cpuprofile, as node --cpu-prof writes).
const fs = require('node:fs');
const inspector = require('node:inspector');
const v8 = require('node:v8');

let profiler;

if (process.send && typeof global.gc === 'function') {
  process.on('message', (message) => {
    if (!message || typeof message !== 'object' || typeof message.probe !== 'string') return;
    const reply = (body) => process.send({ probe: message.probe, id: message.id, ...body });
    if (message.probe === 'memory') {
      for (let i = 0; i < 4; i++) global.gc();
      reply({ memory: process.memoryUsage() });
    } else if (message.probe === 'snapshot') {
      global.gc();
      reply({ file: v8.writeHeapSnapshot(message.file) });
    } else if (message.probe === 'profile-start') {
      // A CPU profile of a chosen window only (not the start-up), through the inspector.
      profiler = new inspector.Session();
      profiler.connect();
      profiler.post('Profiler.enable', () =>
        profiler.post('Profiler.start', () => reply({ started: true })),
      );
    } else if (message.probe === 'profile-stop') {
      profiler.post('Profiler.stop', (error, result) => {
        if (!error) fs.writeFileSync(message.file, JSON.stringify(result.profile));
        profiler.disconnect();
        reply({ file: message.file, error: error && String(error) });
      });
    }
  });
  // The channel must not keep the API alive once it has closed everything else.
  process.channel?.unref();
}
