// The words of running Chinese text, as the ICU dictionary the runtime ships segments it (no data of ours): one segmenter for
// every stage that reads words (places.ts acrossWords, indicators/labels.ts words, indicators/scan.ts startsWord).
export const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
