// The interface language: simplified Chinese by default, English on request. The choice comes from ?lang= in the
// page URL, else localStorage, else zh. How to add a string: add one key with both languages below, use t('key').
// The names of filters, levels and section types are not here: they come from the server (GET /api/schema, see
// schema.js and addLabels below), which is the one place they are declared.

const DICT = {
  appName: ['PlanScope 教育工作计划检索', 'PlanScope · Education work plans'],
  navSearch: ['检索', 'Search'],
  navCompare: ['计划对比', 'Compare plans'],
  navKwic: ['语境检索', 'Concordance'],
  navTrend: ['趋势', 'Trend'],
  navDiff: ['文本比对', 'Diff'],
  navUpload: ['上传', 'Upload'],
  navPrecedents: ['查找相似表述', 'Find precedents'],
  findInPlan: ['在本计划中查找', 'Find in this plan'],
  findCount: ['{n} 处', '{n} found'],
  findAt: ['第 {i} / {n} 处', '{i} of {n}'],
  queryMarked: ['检索词「{q}」在本计划中标出 {n} 处。', 'The search «{q}» is marked {n} times in this plan.'],
  clearMarks: ['清除标记', 'Clear marks'],
  langToggle: ['English', '中文'],
  langToggleTitle: ['Switch to English', '切换到中文'],
  skip: ['跳到正文', 'Skip to content'],
  loading: ['加载中…', 'Loading…'],
  searchPlaceholder: ['输入关键词，例如：课后服务 "双减" -幼儿园', 'Keywords, e.g. 课后服务 "双减" -幼儿园'],
  searchButton: ['搜索', 'Search'],
  searchLabel: ['检索词', 'Query'],
  syntaxHint: [
    '语法：“引号”内为精确措辞；-词 排除；OR 与括号；筛选 {filters}。按 / 键聚焦搜索框。',
    'Syntax: "quotes" for exact wording; -word excludes; OR and parentheses; filters {filters}. Press / to focus the box.'],
  unit: ['结果单位', 'Unit'],
  unitMeasure: ['措施', 'Measures'],
  unitPlan: ['计划', 'Plans'],
  sort: ['排序', 'Sort'],
  sortRelevance: ['相关度', 'Relevance'],
  sortYearDesc: ['年份（新→旧）', 'Year (newest)'],
  sortYearAsc: ['年份（旧→新）', 'Year (oldest)'],
  sortPublishedDesc: ['发布日期（新→旧）', 'Published (newest)'],
  sortPublishedAsc: ['发布日期（旧→新）', 'Published (oldest)'],
  found: ['找到 {n} 条措施，分布在 {m} 份计划中', 'Found {n} measures in {m} plans'],
  foundPlans: ['找到 {m} 份计划（共 {n} 条措施）', 'Found {m} plans ({n} measures)'],
  noResults: ['没有找到结果', 'No results'],
  noResultsHelp: [
    '试试：减少关键词；去掉引号改为普通检索；取消左侧的部分筛选；检查繁简或错别字。',
    'Try fewer words, drop the quotes for a ranked search, clear some filters on the left, or check the spelling.'],
  startHint: ['输入检索词开始，或直接浏览全部措施。', 'Type a query to start, or browse all measures.'],
  errorTitle: ['出错了', 'Something went wrong'],
  errorDetail: ['服务器原文：', 'The server says:'],
  // What an API error code means, in Chinese (the English page shows the server's own message only).
  err_bad_query: ['查询的写法有误，请按下面指出的位置修改（引号、括号、筛选字段和取值）。', 'The query is not well formed; fix it where shown below.'],
  err_bad_request: ['请求的参数有误，请按下面的说明修改后重试。', 'A parameter is wrong; fix it as said below.'],
  err_not_found: ['没有找到：这份计划、措施或文档不存在，或已被删除。', 'Not found: no such plan, measure or document, or it was deleted.'],
  err_too_large: ['文件太大，超过了上传上限；请拆分后上传，或由管理员调高上限。', 'The file is over the upload limit; split it or ask for a higher limit.'],
  err_unsupported_media_type: ['请求的格式不对：请以 JSON 发送。', 'Send the request as JSON.'],
  err_unsupported_type: ['不支持这种文件格式；支持的格式见上传页。', 'That file format is not supported; the upload page lists the formats.'],
  err_not_text: ['这个文件读不出文字（可能是扫描件或已损坏）。', 'No text could be read from the file (a scan, or damaged).'],
  err_no_plan: ['文件中没有找到工作计划。', 'No work plan was found in the file.'],
  err_timeout: ['解析超时：文件过大或过于复杂。', 'Parsing took too long: the file is too large or too complex.'],
  err_busy: ['服务器正忙，请稍后再试。', 'The server is busy; try again shortly.'],
  err_unauthorized: ['需要管理员令牌（见数据目录中的 admin.token）。', 'This needs the admin token (admin.token in the data directory).'],
  err_writes_disabled: ['此服务器为只读，不接受写入。', 'This server is read-only.'],
  err_too_many_attempts: ['令牌错误次数过多，请稍后再试。', 'Too many wrong tokens; try again later.'],
  err_crawl_refused: ['不能抓取这个地址（见下方原因）。', 'That address cannot be crawled (see why below).'],
  err_internal: ['服务器内部错误，详情已写入服务器日志。', 'Internal server error; the server log has the details.'],
  errorHelp: ['请检查检索语法（引号、括号是否成对，筛选字段是否正确），然后重试。', 'Check the query syntax (paired quotes and parentheses, known filter fields) and try again.'],
  serverHelp: ['服务器暂时无法完成请求，请稍后重试；如果一直出现，请查看服务器日志。', 'The server could not answer; try again in a moment, and check the server log if it persists.'],
  networkError: ['无法连接服务器：{e}', 'Cannot reach the server: {e}'],
  retry: ['重试', 'Retry'],
  facets: ['筛选', 'Filters'],
  clearFilters: ['清除筛选', 'Clear filters'],
  cannotFilter: ['暂不能按“未知”筛选', 'Cannot filter on unknown values yet'],
  showMore: ['更多', 'More'],
  showLess: ['收起', 'Less'],
  expand: ['展开', 'Expand'],
  prev: ['上一页', 'Previous'],
  next: ['下一页', 'Next'],
  pageOf: ['第 {p} / {n} 页', 'Page {p} of {n}'],
  similar: ['相似措施', 'Similar'],
  matched: ['命中：', 'Matched:'],
  original: ['原文存档', 'Stored original'],
  openPlan: ['查看计划', 'Open plan'],
  measuresInPlan: ['该计划中的匹配措施', 'Matching measures in this plan'],
  // plan
  planMeta: ['基本信息', 'Metadata'],
  period: ['期间', 'Period'],
  period_annual: ['全年', 'annual'],
  period_first_half: ['上半年', 'first half'],
  period_second_half: ['下半年', 'second half'],
  period_multi_year: ['多年', 'multi-year'],
  published: ['发布日期', 'Published'],
  partners: ['责任/配合单位', 'Partners'],
  deadline: ['完成时限', 'Deadline'],
  planId: ['计划编号', 'Plan id'],
  sources: ['来源', 'Sources'],
  fetchedAt: ['获取于', 'fetched'],
  outline: ['结构与措施', 'Outline and measures'],
  expandAll: ['全部展开', 'Expand all'],
  collapseAll: ['全部收起', 'Collapse all'],
  citation: ['引用（GB/T 7714）', 'Citation (GB/T 7714)'],
  copy: ['复制', 'Copy'],
  copied: ['已复制', 'Copied'],
  comparePrev: ['与同一机构上一年度对比', "Compare with the bureau's previous year"],
  measureCount: ['{n} 条措施', '{n} measures'],
  // measure
  measure: ['措施', 'Measure'],
  path: ['位置', 'Path'],
  scope: ['范围', 'Scope'],
  scope_other_plans: ['其他计划', 'Other plans'],
  scope_other_regions: ['其他地区', 'Other regions'],
  scope_other_years: ['其他年份', 'Other years'],
  noSimilar: ['没有找到相似措施。可以放宽范围再试。', 'No similar measures. Try a wider scope.'],
  precedentsHint: ['粘贴一段您自己的草稿，查看其他计划中最接近的措施，共同的措辞会被标出。',
    'Paste a paragraph of your own draft to see the closest measures in other plans, shared wording marked.'],
  draftLabel: ['草稿文本（最多 2000 字）', 'Draft text (up to 2,000 characters)'],
  draftPlaceholder: ['例如：全面落实课后服务，推动每所学校开设特色课程……', 'e.g. 全面落实课后服务，推动每所学校开设特色课程……'],
  draftScope: ['范围（可选，筛选语法）', 'Scope (optional, filter syntax)'],
  findPrecedents: ['查找', 'Find'],
  draftShared: ['草稿中有先例的措辞', 'Wording in your draft with precedents'],
  noPrecedents: ['没有找到相近的措施。可以缩短文本或放宽范围再试。', 'No close measures. Try a shorter text or a wider scope.'],
  score: ['相似度', 'Similarity'],
  diffButton: ['对比', 'Diff'],
  lineage: ['传播脉络（最早在前）', 'Lineage (earliest first)'],
  noLineage: ['没有找到更早或更晚的相近措施。', 'No near-duplicates found in other plans.'],
  thisMeasure: ['本措施', 'This measure'],
  // diff
  diffTitle: ['文本比对', 'Side-by-side diff'],
  similarity: ['相似度', 'Similarity'],
  textA: ['文本 A', 'Text A'],
  textB: ['文本 B', 'Text B'],
  pasteA: ['粘贴文本 A', 'Paste text A'],
  pasteB: ['粘贴文本 B', 'Paste text B'],
  compareTexts: ['比对', 'Compare'],
  ignoreScript: ['忽略繁简与全半角差异', 'Ignore traditional/simplified and full/half width'],
  foldedEqual: ['仅繁简或全半角不同', 'Differs only in script or width'],
  legendDel: ['删除（仅 A 有）', 'deleted (only in A)'],
  legendIns: ['新增（仅 B 有）', 'inserted (only in B)'],
  legendNum: ['变化的数字', 'changed numbers'],
  diffPasteHint: ['可以输入两条措施编号，或粘贴两段文字。', 'Enter two measure ids, or paste two texts.'],
  measureIdA: ['措施编号 A', 'Measure id A'],
  measureIdB: ['措施编号 B', 'Measure id B'],
  // compare
  compareTitle: ['计划对比', 'Compare two plans'],
  planA: ['计划 A（较早）', 'Plan A (earlier)'],
  planB: ['计划 B（较新）', 'Plan B (later)'],
  pickPlan: ['搜索计划标题或地区…', 'Search plan title or region…'],
  untitled: ['无标题', 'Untitled'],
  choose: ['选择', 'Choose'],
  onlyChanges: ['只看变化', 'Only changes'],
  status_same: ['相同', 'Same'],
  status_moved: ['移动', 'Moved'],
  status_changed: ['修改', 'Changed'],
  status_added: ['新增', 'Added'],
  status_removed: ['删除', 'Removed'],
  status_split: ['拆分', 'Split'],
  status_merged: ['合并', 'Merged'],
  renamedHeadings: ['改名的标题', 'Renamed headings'],
  chainTitle: ['连续年度对比', 'Year-by-year chain'],
  chainHelp: ['同一机构三个以上年度的计划，逐年对比：每一步的变化，以及每条措施历年的去向。', "Three or more years of one issuer's plans, step by step: each step's changes and each measure's trail."],
  chainPlaceholder: ['机构名称，例如：杭州市西湖区教育局', 'An issuer, e.g. 杭州市西湖区教育局'],
  chainSteps: ['逐年变化', 'Steps'],
  chainTrails: ['措施的历年去向', 'Each measure through the years'],
  chainLink: ['该机构所有年度', 'All years of this issuer'],
  compareHelp: [
    '选择两份计划进行逐条对比。只选一份时，自动选取同一机构的上一年度计划。',
    "Choose two plans to align measure by measure. With one chosen, the same bureau's previous year is picked."],
  noPrevious: ['没有找到同一机构的上一年度计划，请手动选择计划 A。', "No earlier plan of the same bureau found; choose plan A by hand."],
  swap: ['交换', 'Swap'],
  latestPairs: ['同一机构最近两个年度', "Each bureau's latest two years"],
  noPairs: ['还没有同一机构两个年度的计划。', 'No bureau has plans for two years yet.'],
  changePlans: ['选择或更换计划', 'Choose or change plans'],
  matchIn: ['匹配位置：', 'Found in:'],
  publishedOn: ['发布', 'published'],
  unplaced: ['其他/未定', 'other / unplaced'],
  in_title: ['计划标题', 'plan title'],
  in_heading: ['小标题', 'heading'],
  in_text: ['正文', 'text'],
  // kwic
  kwicTitle: ['语境检索（KWIC）', 'Concordance (KWIC)'],
  kwicPlaceholder: ['输入短语，例如：课后服务', 'A phrase, e.g. 课后服务'],
  leftContext: ['左语境', 'Left context'],
  phrase: ['短语', 'Phrase'],
  rightContext: ['右语境', 'Right context'],
  sortLeft: ['按左语境排序', 'Sort by left'],
  sortRight: ['按右语境排序', 'Sort by right'],
  exportCsv: ['导出 CSV', 'Export CSV'],
  exportRis: ['导出引用 (RIS)', 'Cite (RIS)'],
  occurrences: ['共 {n} 处', '{n} occurrences'],
  inPlans: ['分布在 {m} 份计划中', 'in {m} plans'],
  truncated: ['结果过多，只列出一部分；请加上筛选条件', 'too many: only part is listed; add filters'],
  plan: ['计划', 'Plan'],
  // trend
  trendTitle: ['措辞趋势', 'Phrase trend'],
  trendPlaceholder: ['输入查询，例如：双减 或 "双减"（精确措辞）', 'A query, e.g. 双减 or "双减" (exact wording)'],
  plansUsing: ['符合查询的计划数', 'Plans matching'],
  shareOfPlans: ['占当年计划比例', 'Share of plans'],
  byProvince: ['分省统计', 'By province'],
  byYear: ['分年度统计', 'By year'],
  trendCounts: ['{total} 份计划中有 {n} 份符合 {q}（与搜索的计数规则相同）', '{n} of {total} plans match {q} (counted as the search counts)'],
  trendExact: ['只统计精确措辞 {q}', 'count the exact wording {q} only'],
  province: ['省份', 'Province'],
  plans: ['计划数', 'Plans'],
  total: ['计划总数', 'All plans'],
  share: ['比例', 'Share'],
  noData: ['没有数据', 'No data'],
  // upload
  uploadTitle: ['上传文件', 'Upload documents'],
  uploadHelp: ['支持的格式：{formats}（zip 压缩包内的文件逐个导入）。需要管理员令牌（见数据目录中的 admin.token）。', 'Formats: {formats} (each file in a zip is imported). Needs the admin token (admin.token in the data directory).'],
  uploadUnsupported: ['“{name}” 不是支持的格式；请上传 {formats}', '“{name}” is not a format PlanScope reads; upload {formats}'],
  files: ['文件', 'Files'],
  adminToken: ['管理员令牌', 'Admin token'],
  uploadOnePage: ['单个文件的来源（可选）', 'Where one file was published (optional)'],
  uploadSource: ['来源网址', 'Source URL'],
  uploadOnePageOnly: ['来源网址和发布日期只能用于一个文件；请逐个上传', 'A source URL or publish date describes one file; upload the files one at a time'],
  upload: ['上传', 'Upload'],
  uploading: ['上传中…', 'Uploading…'],
  parseReport: ['解析报告', 'Parse report'],
  warnings: ['警告', 'Warnings'],
  duplicate: ['已存在（重复文件）', 'Already stored (duplicate)'],
  noPlansParsed: ['未解析出计划', 'No plans parsed'],
  notFound: ['找不到该页面', 'Page not found'],
  diffCoarse_sentence: ['两段文字较长且差异很大，按句比较。', 'Long and very different texts: compared sentence by sentence.'],
  diffCoarse_line: ['两段文字较长且差异很大，按行比较。', 'Long and very different texts: compared line by line.'],
  diffCoarse_text: ['两段文字较长且差异很大，整体显示为替换。', 'Long and very different texts: shown as replaced as a whole.'],
  // token dialog (serve --private)
  tokenTitle: ['需要访问令牌', 'Access token needed'],
  tokenHelp: ['此服务器为私有模式，请输入管理员令牌。令牌只保存在本标签页中。', 'This server is private: enter the admin token. It is kept in this tab only.'],
  tokenWrong: ['令牌不正确，请重新输入。', 'That token was refused; enter it again.'],
  tokenOk: ['确定', 'OK'],
  cancel: ['取消', 'Cancel'],
};

const KEY = 'planscope.lang';
let lang = initialLang();

function initialLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch { /* storage may be disabled */ }
  return 'zh';
}

export function currentLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  try { localStorage.setItem(KEY, lang); } catch { /* ignore */ }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The string for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const entry = DICT[key];
  const s = entry ? entry[lang === 'en' ? 1 : 0] : key;
  return s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/**
 * The server's names from GET /api/schema: each dimension under its name (t('region'), t('lead')), each value of a
 * closed vocabulary as <dimension>_<value> (label('level', 'county')), section_<type> for the section types, and
 * t('unknown') for the value of anything without one.
 */
export function addLabels(schema) {
  const pair = (label) => [label.zh, label.en];
  for (const d of schema.dimensions || []) {
    DICT[d.name] = pair(d.label);
    for (const v of d.values || []) DICT[d.name + '_' + v.value] = pair(v.label);
  }
  for (const v of schema.sectionTypes || []) DICT['section_' + v.value] = pair(v.label);
  if (schema.unknown) DICT.unknown = pair(schema.unknown.label);
}

/** A label for an enum-like value (level, section type, status), falling back to the value itself. */
export function label(prefix, value) {
  const key = prefix + '_' + String(value).replace(/-/g, '_');
  return key in DICT ? t(key) : String(value ?? '');
}
