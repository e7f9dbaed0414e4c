// build-search: index the built site with Pagefind (Node API) into dist/pagefind/.
import * as pagefind from 'pagefind';

const dist = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${dist}/pagefind` });
await pagefind.close();
console.log(`build-search: indexed ${added.page_count} pages into ${dist}/pagefind`);
