import { BUNDLED_KB } from './bundle';
import { createKbSearch } from './search';
let t = performance.now();
const s = createKbSearch(BUNDLED_KB);
console.log('build', performance.now() - t);
for (const q of ['stabel video difusion', 'tencent', 'hunyan video', 'cogvidex', 'temporal atention', 'mocogan', 'svd', 'sora', 'stability', 'diffusion transformer', 'animatediff', 'wan', 'google veo', 'veo 3', 'kling', 'runway', 'gen 3', 'stable diff', 'tencent video', 'physics', 'flow matching', 'make a video', 'dall e', 'st', 'sta', 'stab']) {
  const r = s.search(q, 6);
  console.log(q, '|', r.map((x) => `${x.id}:${x.score.toFixed(3)}(${x.matched})`).join(' '));
}
for (let k = 0; k < 3; k++) {
  t = performance.now();
  for (let i = 0; i < 100; i++) s.search('stabel video difusion'.slice(0, 3 + (i % 18)));
  console.log('avg', (performance.now() - t) / 100);
}
