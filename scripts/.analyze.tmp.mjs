import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const report = [];
await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false }, plugins: [{
  name: 'analyze', generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const mods = Object.entries(chunk.modules).map(([id, m]) => [m.renderedLength, id.replace(/.*\/(node_modules|app)\//, '$1/')]).sort((a,b)=>b[0]-a[0]);
      report.push({ name: chunk.fileName, size: chunk.code.length, gz: gzipSync(chunk.code,{level:9}).length, imports: chunk.imports, dyn: chunk.dynamicImports, mods });
    }
  } }] });
for (const c of report) { console.log(`\n## ${c.name} raw ${c.size} gz ${c.gz} imports ${c.imports} dyn ${c.dyn.length}`); for (const [n, id] of c.mods.slice(0, Number(process.env.N ?? 200))) if (n>0) console.log(String(n).padStart(8), id); }
