// The cleaning rules as a reader of 整理说明 meets them: each rule's name and what it does, in both
// scripts (the record keeps the rule's code, `cleaning[].kind`, and its English note for tools).
import type { Lang } from './site.ts';

/** kind → [name, explanation] in Simplified, then in Traditional. */
const rules: Record<string, [string, string, string, string]> = {
  'hkscs-pua': ['香港字符', '以私用区码位存放的香港增补字符集字符，换为标准字符', '香港字元', '以私用區碼位存放的香港增補字符集字元，換為標準字元'],
  'compat-ideograph': [
    '兼容汉字',
    '兼容汉字（多见于从便携式文档提取的文字，如 U+F98E 年），换为与之等同的标准字符',
    '相容漢字',
    '相容漢字（多見於從可攜式文件擷取的文字，如 U+F98E 年），換為與之等同的標準字元',
  ],
  'front-matter': [
    '文首信息块',
    '文本开头的信息块（两行 --- 之间，或“标题：”“发文单位：”等标签行），已移入报告信息',
    '文首資訊區塊',
    '文本開頭的資訊區塊（兩行 --- 之間，或「標題：」「發文單位：」等標籤行），已移入報告資訊',
  ],
  'json-export': [
    '数据格式',
    '以数据格式（键名、括号、数字）保存的文本：只保留其中字符串的文字，字符串里的换行符号换为分段',
    '資料格式',
    '以資料格式（鍵名、括號、數字）保存的文本：只保留其中字串的文字，字串裡的換行符號換為分段',
  ],
  'feed-export': [
    '新闻订阅格式',
    '以新闻订阅源格式保存的文本：标签和订阅源自身的信息已移除，条目的标题、日期、链接已移入报告信息，只保留条目正文',
    '新聞訂閱格式',
    '以新聞訂閱源格式保存的文本：標籤和訂閱源自身的資訊已移除，條目的標題、日期、連結已移入報告資訊，只保留條目正文',
  ],
  'csv-export': [
    '表格文件格式',
    '以逗号分隔的表格文件中表头下的一行保存的文本（如抓取程序的一条记录）：表头和其他单元格已移入报告信息，只保留正文单元格的文字',
    '表格檔案格式',
    '以逗號分隔的表格檔案中表頭下的一行保存的文本（如抓取程式的一條記錄）：表頭和其他儲存格已移入報告資訊，只保留正文儲存格的文字',
  ],
  'markdown-markup': ['排版标记', '加粗、强制换行、分隔线等排版符号', '排版標記', '加粗、強制換行、分隔線等排版符號'],
  blockquote: ['引用标记', '引用段落前的 > 符号，该段作为注释显示', '引用標記', '引用段落前的 > 符號，該段作為註釋顯示'],
  'markdown-link': ['链接标记', '链接的方括号和网址；链接文字保留', '連結標記', '連結的方括號和網址；連結文字保留'],
  'metadata-line': ['署名和日期行', '讲话人、日期、落款等行，已移入报告信息', '署名和日期行', '講話人、日期、落款等行，已移入報告資訊'],
  'metadata-label': ['信息标签', '“发布机构：”等标签行，已移入报告信息', '資訊標籤', '「發布機構：」等標籤行，已移入報告資訊'],
  'html-markup': [
    '网页标记',
    '网页源码中的标签、样式和脚本；字符引用换为所代表的字符，链接文字保留',
    '網頁標記',
    '網頁原始碼中的標籤、樣式和指令碼；字元參照換為所代表的字元，連結文字保留',
  ],
  'html-comment': ['网页注释', '网页源码中的注释', '網頁註釋', '網頁原始碼中的註釋'],
  'json-escape': [
    '数据转义',
    '以 \\u5173 形式写出的字符（数据文件只用英文字符时的转义），换为所代表的字符',
    '資料轉義',
    '以 \\u5173 形式寫出的字元（資料檔只用英文字元時的轉義），換為所代表的字元',
  ],
  'unicode-escape': ['字符转义', '以 <U+00A0> 形式写出的字符（抓取程序的转义），换为所代表的字符', '字元轉義', '以 <U+00A0> 形式寫出的字元（抓取程式的轉義），換為所代表的字元'],
  'encoder-replacement': [
    '编码替代符',
    '以国标扩展编码保存时，编码中没有的字符（不换行空格）被写成的问号，换回空格',
    '編碼替代符',
    '以國標擴展編碼保存時，編碼中沒有的字元（不換行空格）被寫成的問號，換回空格',
  ],
  'zero-width': ['不可见字符', '零宽空格等看不见的字符', '不可見字元', '零寬空格等看不見的字元'],
  'markdown-heading': ['标题符号', '标题前的 # 号（保留标题层级）', '標題符號', '標題前的 # 號（保留標題層級）'],
  'table-of-contents': ['目录条目', '原文自带的目录及其页码', '目錄條目', '原文自帶的目錄及其頁碼'],
  'page-header': ['页眉', '每页重复出现的页眉', '頁首', '每頁重複出現的頁首'],
  'page-number': ['页码', '分页留下的页码', '頁碼', '分頁留下的頁碼'],
  'glued-page-number': ['行首页码', '排版文件转出的文本把页码粘在下一页第一行开头，已去掉', '行首頁碼', '排版檔案轉出的文字把頁碼黏在下一頁第一行開頭，已去掉'],
  'web-nav': ['网页导航', '网站的标题栏、菜单、面包屑、页脚等', '網頁導覽', '網站的標題列、選單、麵包屑、頁尾等'],
  'page-head': [
    '网页文章头',
    '网页的浏览器标题栏、重复的标题行，以及标题下的发布机构、发布时间等信息行（页首已显示）',
    '網頁文章頭',
    '網頁的瀏覽器標題列、重複的標題行，以及標題下的發布機構、發布時間等資訊行（頁首已顯示）',
  ],
  'image-placeholder': ['图片占位', '“图片 2”之类的图片位置说明', '圖片佔位', '「圖片 2」之類的圖片位置說明'],
  'keyword-line': ['关键词行', '关键词列表，已移入报告信息', '關鍵詞行', '關鍵詞列表，已移入報告資訊'],
  'reprint-notice': ['转载说明', '“本文转载自”等说明，已移入来源信息', '轉載說明', '「本文轉載自」等說明，已移入來源資訊'],
  'photo-credit': ['图片署名', '摄影者署名，保留为图片说明', '圖片署名', '攝影者署名，保留為圖片說明'],
  'pinyin-note': ['拼音注音', '汉字后括号里的拼音注音', '拼音注音', '漢字後括號裡的拼音注音'],
  'repeated-boilerplate': ['重复文字', '多次重复出现的同一句话，只保留第一次', '重複文字', '多次重複出現的同一句話，只保留第一次'],
  table: ['表格线', '表格的分隔线；表格已重建，或保留为文字', '表格線', '表格的分隔線；表格已重建，或保留為文字'],
  'table-fragment': ['表格残片', '失去表格的单个表格单元', '表格殘片', '失去表格的單個表格儲存格'],
  'run-in-heading': ['连排标题', '与正文排在同一行、只以宽空白隔开的标题，分出为单独一行', '連排標題', '與正文排在同一行、只以寬空白隔開的標題，分出為單獨一行'],
  'wrap-space': ['断行空格', '原文换行处留下的空格', '斷行空格', '原文換行處留下的空格'],
  'letter-spacing': ['字间空格', '为排版拉开字距而加的空格', '字間空格', '為排版拉開字距而加的空格'],
  'justified-gap': ['对齐空格', '版面两端对齐时字与字之间多出的空格', '對齊空格', '版面兩端對齊時字與字之間多出的空格'],
  'punctuation-space': ['标点空格', '全角标点旁多余的空格', '標點空格', '全形標點旁多餘的空格'],
  'digit-group-space': ['数字分组空格', '千位分隔用的空格', '數字分組空格', '千位分隔用的空格'],
  'numeral-space': ['数字内空格', '中文数字及其单位间的空格', '數字內空格', '中文數字及其單位間的空格'],
  'digit-spacing': ['数字间空格', '数字各位之间为排版加的空格（如“2 0 0 5年”）', '數字間空格', '數字各位之間為排版加的空格（如「2 0 0 5年」）'],
  'line-join': ['合并断行', '把被拆开的一行接回去（未删除文字）', '合併斷行', '把被拆開的一行接回去（未刪除文字）'],
};

/** A rule's name in the page's script (its code when the table lacks it: a new rule shows up, untranslated, until added here). */
export const ruleName = (kind: string, lang: Lang): string => rules[kind]?.[lang === 'zh-hans' ? 0 : 2] ?? kind;

/** What a rule does, in the page's script. */
export const ruleAbout = (kind: string, lang: Lang): string => rules[kind]?.[lang === 'zh-hans' ? 1 : 3] ?? '';

/** Every rule in the table (tests check that each rule of the pipeline has a row). */
export const ruleKinds = Object.keys(rules);

/**
 * What a reader needs of a cleaning note, in Chinese: the places in context (「…」, the source's own
 * text) or the line it repeats or spans; notes that only restate the rule give nothing.
 */
export function noteFor(note: string | undefined, lang: Lang): { places: string[]; text?: string } {
  if (!note) return { places: [] };
  const places = [...note.matchAll(/「([^」]*)」/g)].map((m) => m[1]!);
  if (places.length) return { places };
  const hans = lang === 'zh-hans';
  const copy = /^copy of line (\d+)$/.exec(note);
  if (copy) return { places: [], text: hans ? `与第 ${copy[1]} 行重复` : `與第 ${copy[1]} 行重複` };
  const span = /^lines (\d+–\d+)/.exec(note);
  if (span) return { places: [], text: `第 ${span[1]} 行` };
  const level = /^heading level (\d+)$/.exec(note);
  if (level) return { places: [], text: hans ? `${level[1]} 级标题` : `${level[1]} 級標題` };
  const zero = /^(\d+) × (U\+[0-9A-F]+)$/.exec(note);
  if (zero) return { places: [], text: `${zero[1]} × ${zero[2]}` };
  return { places: [] };
}
