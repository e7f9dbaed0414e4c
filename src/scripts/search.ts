// Search page: loads Pagefind on first use and lists results that link to sections.
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results?: { url: string; title: string; excerpt: string }[] }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('[data-testid="search-results"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
let pagefind: Pagefind | undefined;

async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const bundle = form!.dataset.bundle!;
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  }
  return pagefind;
}

async function run(q: string): Promise<void> {
  if (!list || !status) return;
  const query = q.trim();
  list.replaceChildren();
  if (!query) {
    status.textContent = '';
    return;
  }
  const pf = await load();
  const { results } = await pf.search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  const hans = form!.dataset.lang === 'zh-hans';
  status.textContent = hans ? `找到 ${data.length} 篇报告` : `找到 ${data.length} 篇報告`;
  for (const d of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const best = d.sub_results?.[0];
    a.href = best?.url ?? d.url;
    a.textContent = d.meta.title ?? d.url;
    const p = document.createElement('p');
    p.innerHTML = best?.excerpt ?? d.excerpt;
    li.append(a, p);
    list.append(li);
  }
}

if (form && input) {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  if (q) void run(q);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
}
