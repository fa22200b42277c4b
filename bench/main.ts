/** `npm run bench`: the side-by-side benchmark, or with `--soak` the long crash and fuzz soak runs. */
if (process.argv.includes('--soak')) await import('./soak.js');
else await import('./run.js');
export {};
