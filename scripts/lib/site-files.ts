// The site's own files, beside the sources folder (content/terms.yml, vocabulary.yml, metrics.yml):
// what every build reads besides the sources, so what `npm run dev` watches and the benchmark copies.
import { metricsFileName } from './metrics.ts';
import { termFiles } from './terms.ts';

export const siteFiles = [...termFiles, metricsFileName] as const;
