// Reading content/metrics.yml (canonical metrics) with errors that give file and line.
import { MetricsFile, type Metric } from '../../src/schemas/metrics.ts';
import { SourceError } from '../../src/pipeline/errors.ts';
import { lineOf, parseYaml, readOptionalText } from './yaml-file.ts';

/** The metrics file, parsed; its text too (the build cache keys on it). */
export interface LoadedMetrics {
  metrics: Metric[];
  text: string;
}

/** The file's name in the content folder, beside the sources folder. */
export const metricsFileName = 'metrics.yml';

const example = 'see README: Indicators → Canonical metrics (e.g. "- { key: gdp, hans: 地区生产总值, hant: 地區生產總值, aliases: [GDP] }")';

/** Reads and validates a metrics file; a missing file means no metrics. Throws SourceError with `file`. */
export async function readMetrics(path: string): Promise<LoadedMetrics> {
  const text = await readOptionalText(path);
  return { metrics: text ? parseMetrics(text, path) : [], text };
}

/** Parses the text of a metrics file; errors name `file:line` and what to write instead. */
export function parseMetrics(text: string, file: string): Metric[] {
  const fail = (message: string, line?: number): never => {
    throw Object.assign(new SourceError(message, example, line), { file });
  };
  const doc = parseYaml(text, file, example);
  const parsed = MetricsFile.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || 'the file';
    fail(
      `${where}: ${issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message}`,
      lineOf(doc, text, issue.path as (string | number)[]),
    );
  }
  return parsed.data!.metrics;
}
