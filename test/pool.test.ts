// The report pool's messages: the site-wide options reach a worker once and stay one object there.
import { describe, expect, test } from 'vitest';
import { createReportPool, optionsReceiver, optionsSender, type SentOptions } from '../scripts/lib/pool.ts';
import type { BuildOptions } from '../src/pipeline/index.ts';

describe('options sent to the pipeline workers', () => {
  const terms: NonNullable<BuildOptions['terms']> = [{ hans: '成都高新区', hant: '成都高新區' }];
  const metrics: NonNullable<BuildOptions['metrics']> = [{ key: 'gdp', hans: '地区生产总值', hant: '地區生產總值', aliases: [] }];

  test('each shared option reaches a worker once and is the same object at every report there', () => {
    const send = optionsSender();
    const held = new Set<number>();
    const receive = optionsReceiver();
    // structuredClone is what postMessage does to a message.
    const messages = [1, 2, 3].map((n) => structuredClone(send(held, { preset: 'tw', terms, metrics, documents: { [`t${n}`]: { slug: `s${n}`, ids: [] } } })));
    expect(messages.map((m) => Object.keys(m.shared).filter((k) => 'value' in m.shared[k as keyof SentOptions['shared']]!))).toEqual([['terms', 'metrics'], [], []]);
    const received = messages.map(receive);
    expect(received[0]!.terms).toEqual(terms);
    expect(received[0]!.metrics).toEqual(metrics);
    expect(received[1]!.terms).toBe(received[0]!.terms);
    expect(received[2]!.metrics).toBe(received[0]!.metrics);
    // A report's own options travel with it every time.
    expect(received.map((r) => [r.preset, Object.keys(r.documents!)])).toEqual([
      ['tw', ['t1']],
      ['tw', ['t2']],
      ['tw', ['t3']],
    ]);
  });

  test('every worker gets the value once; another object is another option; none stays none', () => {
    const send = optionsSender();
    const [a, b] = [new Set<number>(), new Set<number>()];
    expect('value' in send(a, { terms }).shared.terms!).toBe(true);
    expect('value' in send(b, { terms }).shared.terms!).toBe(true);
    expect('value' in send(a, { terms }).shared.terms!).toBe(false);
    const other = [...terms];
    const sent = send(a, { terms: other });
    expect(sent.shared.terms).toEqual({ ref: 1, value: other });
    const receive = optionsReceiver();
    receive(structuredClone(send(new Set(), { terms })));
    expect(receive(structuredClone(send(new Set([0]), {})))).toEqual({});
  });

  test('a shared option referred to but never received fails the report instead of building without it', () => {
    const send = optionsSender();
    const held = new Set<number>();
    send(held, { terms }); // its message never reached the worker (postMessage threw, say)
    expect(() => optionsReceiver()(structuredClone(send(held, { terms })))).toThrow(/terms/);
  });
});

describe('the pool of pipeline workers', () => {
  test('a report whose message cannot be sent fails alone: the worker is free again and the next report builds', async () => {
    const pool = createReportPool(2, 2);
    try {
      expect(pool.size).toBe(2);
      const input = {
        file: 'content/sources/pool-test.txt',
        name: 'pool-test',
        bytes: new TextEncoder().encode('某市2024年工作要点\n\n一、总体要求\n\n全市地区生产总值增长5%。\n'),
        meta: { year: 2024 },
        sha256: 'a'.repeat(64),
      };
      // A function cannot be copied by postMessage (DataCloneError); each worker gets one such report.
      const uncopyable = [{ hans: '全市', hant: '全市', note: () => 1 }] as unknown as NonNullable<BuildOptions['terms']>;
      await expect(pool.build(input, { terms: uncopyable })).rejects.toThrow();
      await expect(pool.build(input, { terms: uncopyable })).rejects.toThrow();
      const built = await pool.build(input, {});
      expect(built.record.slug).toBe('pool-test');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
