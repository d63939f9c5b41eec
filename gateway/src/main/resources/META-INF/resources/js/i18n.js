// Labels in Chinese and English. The language follows the toggle (localStorage), else the browser.
const LANG_STORE = 'mubiao.lang';

const zh = {
  'app.title': '目标 · 政策文件中的量化目标',
  'nav.home': '首页', 'nav.documents': '文件', 'nav.targets': '目标与数据', 'nav.themes': '主题', 'nav.indicators': '指标', 'nav.compare': '地区比较',
  'compare.title': '地区比较', 'compare.target': '{year}年目标', 'compare.result': '{year}年完成', 'compare.none': '没有地区的数据。',
  'lang.switch': 'English',
  'key.label': 'API 密钥', 'key.placeholder': '上传等写操作需要', 'key.saved': '已保存',
  'home.lead': '从政府文件中找到量化目标和实际完成数据，并查看原文句子。',
  'home.search': '搜索', 'home.searchPlaceholder': '例如：PM2.5 2025 目标',
  'home.searchHint': '输入指标（同义词也行，如 GDP）、地区、年份和“目标”/“完成”，例如“天津 GDP 2025 目标”；其余文字在指标和原文中查找。',
  'home.examples': '试试：', 'home.results': '搜索结果', 'home.noResults': '没有找到匹配的目标。',
  'home.allResults': '在目标表中查看全部 {n} 条', 'home.themes': '按主题浏览', 'home.recent': '最近的文件',
  'filters.active': '当前筛选：', 'filters.clear': '去掉此条件', 'filters.clearAll': '全部清除', 'col.region': '地区', 'col.entity': '实体',
  'docs.dateFrom': '起始日期', 'docs.dateTo': '截止日期', 'docs.total': '共 {n} 个文件', 'docs.shown': '（显示前 {n} 个）',
  'indicator.span': '{n}年合计或平均，不与单年数据连线', 'indicator.spanKey': '虚线括号：跨多年的数据',
  'home.readAs': '理解为：', 'read.indicator': '指标', 'read.region': '地区', 'read.year': '年份', 'read.kind': '类型',
  'read.q': '文字', 'read.narrow': '且含', 'read.remove': '去掉', 'read.ignored': '划线的词没有匹配，已忽略',
  'docs.title': '文件', 'docs.upload': '上传文件', 'docs.drop': '将文件（PDF、DOCX、HTML、任意中文编码的文本）拖到这里，或', 'docs.chooseFolder': '选择文件夹',
  'docs.choose': '选择文件', 'docs.uploading': '上传中', 'docs.received': '已接收，正在抽取…',
  'docs.extracted': '抽取完成', 'docs.failed': '抽取失败', 'docs.duplicate': '该文件已存在',
  'docs.empty': '还没有文件。', 'docs.live': '实时更新', 'docs.polling': '轮询更新',
  'docs.notUtf8': '文件不是 UTF-8 文本', 'docs.needKey': '服务器要求 API 密钥（右上角设置）',
  'col.title': '标题', 'col.date': '日期', 'col.genre': '类型', 'col.status': '状态', 'col.targets': '目标数',
  'col.entities': '实体数', 'col.received': '接收时间', 'col.indicator': '指标', 'col.kind': '类别', 'col.year': '年份',
  'col.value': '数值', 'col.document': '文件', 'col.theme': '主题', 'col.quote': '原文', 'col.measure': '度量',
  'col.comparator': '比较', 'col.unit': '单位', 'col.subject': '主体', 'col.section': '章节', 'col.sentence': '句子',
  'col.evidence': '出处', 'col.count': '数量', 'col.achievements': '完成数据',
  'status.RECEIVED': '处理中', 'status.EXTRACTED': '已抽取', 'status.FAILED': '失败', 'status.REPROCESSING': '重新抽取中',
  'status.INGESTED': '已接收', 'status.UPLOADING': '上传中',
  'kind.target': '目标', 'kind.achievement': '完成',
  'measure.amount': '总量', 'measure.rate': '增速', 'measure.share': '占比', 'measure.delta': '增减',
  'comparator.approx': '左右', 'comparator.at_least': '不低于', 'comparator.at_most': '不超过', 'comparator.exact': '等于',
  'target.status.met': '已实现', 'target.status.missed': '未实现', 'target.status.pending': '待评估', 'target.status.unknown': '无法判断',
  'target.status.not_reported': '未报告',
  'reason.met': '{year}年实际 {achieved}，达到目标 {target}', 'reason.metBare': '已达到目标',
  'reason.missed': '{year}年实际 {achieved}，未达到目标 {target}', 'reason.missedBare': '未达到目标',
  'reason.pending': '{year}年尚未结束或尚未公布完成情况', 'reason.notReported': '{year}年已结束，语料中没有该年的完成数据',
  'reason.noYear': '目标没有年份，无法比较', 'reason.noDirection': '{year}年实际 {achieved} 不在目标 {target} 的范围内，且不知道该指标以高为好还是以低为好',
  'reason.notComparable': '{year}年已报告的完成数据与目标不可比（度量或单位不同）', 'reason.noTarget': '语料中没有{year}年的目标',
  'doc.text': '原文', 'doc.sections': '章节', 'doc.targets': '本文件的目标与数据', 'doc.noText': '服务器未提供全文；下面是含有目标的句子。',
  'doc.noSections': '无章节信息', 'doc.entities': '实体', 'doc.reprocess': '重新抽取', 'doc.reprocessed': '已提交重新抽取',
  'doc.legendTarget': '目标', 'doc.legendAchievement': '完成数据', 'doc.legendEntity': '实体',
  'doc.openTarget': '打开', 'doc.close': '关闭', 'doc.failure': '失败原因',
  'targets.title': '目标与数据', 'targets.filter': '筛选', 'targets.reset': '清除', 'targets.csv': '下载 CSV（全部匹配行）', 'targets.csvFile': '目标与数据.csv',
  'targets.total': '共 {n} 条', 'targets.any': '全部', 'targets.q': '文字', 'targets.yearFrom': '起始年', 'targets.yearTo': '截止年',
  'targets.size': '每页', 'targets.prev': '上一页', 'targets.next': '下一页', 'targets.page': '第 {p} / {n} 页',
  'target.title': '目标详情', 'target.inDocument': '在文件中查看', 'target.series': '该指标的时间序列',
  'target.similar': '同一指标的其他数据', 'target.normalized': '换算值', 'target.notFound': '该目标不存在或已删除：链接指向的目标已不在语料中（其文件可能已被删除，或重新抽取后不再有这一项）。', 'target.toDocument': '打开该文件',
  'indicator.title': '指标', 'indicator.chart': '历年目标与完成情况', 'indicator.points': '数据点与出处',
  'indicator.none': '没有该指标的数据。', 'indicator.search': '查找指标', 'indicator.fromTargets': '（由目标列表汇总）',
  'indicators.title': '指标', 'themes.title': '主题', 'themes.none': '服务器未提供主题。', 'themes.byYear': '按年份', 'themes.unthemed': '未归入主题', 'themes.targets': '个目标', 'themes.achievements': '项完成数据', 'indicator.judgedBy': '依据',
  'error.load': '加载失败', 'loading': '加载中…', 'notFound': '页面不存在',
  'error.network': '无法连接服务器', 'error.400': '请求有误（参数不被接受）', 'error.401': '需要 API 密钥（右上角设置）',
  'error.403': 'API 密钥无效或无权限', 'error.404': '找不到', 'error.409': '与现有数据冲突', 'error.413': '文件太大',
  'error.415': '不支持的文件类型', 'error.422': '文件内容无法读取', 'error.503': '服务暂不可用，请稍后再试',
  'error.server': '服务器出错（{status}）', 'error.client': '请求未被接受（{status}）',
  'nav.entities': '实体', 'entities.title': '实体', 'entities.searchPlaceholder': '名称或别名', 'entities.none': '没有匹配的实体。',
  'col.name': '名称', 'col.entityType': '类型', 'col.aliases': '别名', 'col.mentions': '提及次数', 'col.documents': '文件数',
  'entity.title': '实体', 'entity.notFound': '找不到该实体。', 'entity.noAliases': '无', 'entity.documents': '提及它的文件',
  'entity.mentions': '提及 {n} 次', 'entity.targets': '关联的目标与数据', 'entity.allTargets': '在目标表中查看全部',
  'entity.noTargets': '没有关联的目标。',
  'entity.type.PERSON': '人物', 'entity.type.ORG': '机构', 'entity.type.LOCATION': '地点', 'entity.type.FACILITY': '设施',
  'entity.type.POLICY': '政策', 'entity.type.EVENT': '事件',
};

const en = {
  'app.title': 'Mubiao · targets in policy documents',
  'nav.home': 'Home', 'nav.documents': 'Documents', 'nav.targets': 'Targets', 'nav.themes': 'Themes', 'nav.indicators': 'Indicators', 'nav.compare': 'Compare regions',
  'compare.title': 'Regions compared', 'compare.target': 'target {year}', 'compare.result': 'result {year}', 'compare.none': 'No region has figures.',
  'lang.switch': '中文',
  'key.label': 'API key', 'key.placeholder': 'needed for uploads', 'key.saved': 'saved',
  'home.lead': 'Find the quantitative targets and reported figures of government documents, with the sentence that says them.',
  'home.search': 'Search', 'home.searchPlaceholder': 'e.g. PM2.5 2025 target',
  'home.searchHint': 'Type an indicator (synonyms too, such as GDP), a region, a year and “target”/“achievement”, e.g. “天津 GDP 2025 target”; other words are looked for in indicators and quotes.',
  'home.examples': 'Try:', 'home.results': 'Results', 'home.noResults': 'No matching targets.',
  'home.allResults': 'All {n} in the targets table', 'home.themes': 'Browse by theme', 'home.recent': 'Recent documents',
  'filters.active': 'Filtered by:', 'filters.clear': 'remove this filter', 'filters.clearAll': 'clear all', 'col.region': 'Region', 'col.entity': 'Entity',
  'docs.dateFrom': 'From date', 'docs.dateTo': 'To date', 'docs.total': '{n} documents', 'docs.shown': ' (first {n} shown)',
  'indicator.span': 'over {n} years, not joined to single years', 'indicator.spanKey': 'dashed bracket: a figure over several years',
  'home.readAs': 'Read as:', 'read.indicator': 'indicator', 'read.region': 'region', 'read.year': 'year', 'read.kind': 'kind',
  'read.q': 'text', 'read.narrow': 'and', 'read.remove': 'remove', 'read.ignored': 'struck-out words matched nothing and were ignored',
  'docs.title': 'Documents', 'docs.upload': 'Upload', 'docs.drop': 'Drop files here (PDF, DOCX, HTML, text in any Chinese encoding), or', 'docs.chooseFolder': 'choose a folder',
  'docs.choose': 'choose a file', 'docs.uploading': 'Uploading', 'docs.received': 'Received, extracting…',
  'docs.extracted': 'Extracted', 'docs.failed': 'Extraction failed', 'docs.duplicate': 'Already uploaded',
  'docs.empty': 'No documents yet.', 'docs.live': 'live', 'docs.polling': 'polling',
  'docs.notUtf8': 'The file is not UTF-8 text', 'docs.needKey': 'The server wants an API key (set it top right)',
  'col.title': 'Title', 'col.date': 'Date', 'col.genre': 'Genre', 'col.status': 'Status', 'col.targets': 'Targets',
  'col.entities': 'Entities', 'col.received': 'Received', 'col.indicator': 'Indicator', 'col.kind': 'Kind', 'col.year': 'Year',
  'col.value': 'Value', 'col.document': 'Document', 'col.theme': 'Theme', 'col.quote': 'Quote', 'col.measure': 'Measure',
  'col.comparator': 'Comparator', 'col.unit': 'Unit', 'col.subject': 'Subject', 'col.section': 'Section', 'col.sentence': 'Sentence',
  'col.evidence': 'Evidence', 'col.count': 'Count', 'col.achievements': 'Achievements',
  'status.RECEIVED': 'Processing', 'status.EXTRACTED': 'Extracted', 'status.FAILED': 'Failed', 'status.REPROCESSING': 'Reprocessing',
  'status.INGESTED': 'Received', 'status.UPLOADING': 'Uploading',
  'kind.target': 'target', 'kind.achievement': 'achievement',
  'measure.amount': 'amount', 'measure.rate': 'rate', 'measure.share': 'share', 'measure.delta': 'change',
  'comparator.approx': 'about', 'comparator.at_least': 'at least', 'comparator.at_most': 'at most', 'comparator.exact': 'exactly',
  'target.status.met': 'met', 'target.status.missed': 'missed', 'target.status.pending': 'pending', 'target.status.unknown': 'unknown',
  'target.status.not_reported': 'not reported',
  'reason.met': '{year}: {achieved} reached the target {target}', 'reason.metBare': 'target reached',
  'reason.missed': '{year}: {achieved} fell short of the target {target}', 'reason.missedBare': 'target missed',
  'reason.pending': '{year} is not over or its result not yet published', 'reason.notReported': '{year} is over and the corpus holds no result for it',
  'reason.noYear': 'the target has no year to compare against', 'reason.noDirection': '{year}: {achieved} is outside the target {target} and the indicator has no known better direction',
  'reason.notComparable': 'the results reported for {year} are not comparable (another measure or unit)', 'reason.noTarget': 'no target for {year} in the corpus',
  'doc.text': 'Text', 'doc.sections': 'Sections', 'doc.targets': 'Targets and figures of this document',
  'doc.noText': 'The server does not serve the full text; these are the sentences holding targets.',
  'doc.noSections': 'No sections', 'doc.entities': 'Entities', 'doc.reprocess': 'Reprocess', 'doc.reprocessed': 'Reprocessing requested',
  'doc.legendTarget': 'target', 'doc.legendAchievement': 'achievement', 'doc.legendEntity': 'entity',
  'doc.openTarget': 'Open', 'doc.close': 'Close', 'doc.failure': 'Failure',
  'targets.title': 'Targets and figures', 'targets.filter': 'Filter', 'targets.reset': 'Clear', 'targets.csv': 'Download CSV (all matching rows)', 'targets.csvFile': 'mubiao-targets.csv',
  'targets.total': '{n} rows', 'targets.any': 'any', 'targets.q': 'Text', 'targets.yearFrom': 'From year', 'targets.yearTo': 'To year',
  'targets.size': 'Per page', 'targets.prev': 'Previous', 'targets.next': 'Next', 'targets.page': 'page {p} of {n}',
  'target.title': 'Target', 'target.inDocument': 'Show in the document', 'target.series': 'Series of this indicator',
  'target.similar': 'Other figures of this indicator', 'target.normalized': 'Normalized', 'target.notFound': 'This target does not exist or was deleted: the link points to a target no longer in the corpus (its document may have been deleted, or re-extracted without it).', 'target.toDocument': 'Open the document',
  'indicator.title': 'Indicator', 'indicator.chart': 'Targets and achievements over the years', 'indicator.points': 'Points and evidence',
  'indicator.none': 'No figures for this indicator.', 'indicator.search': 'Find an indicator', 'indicator.fromTargets': '(built from the targets list)',
  'indicators.title': 'Indicators', 'themes.title': 'Themes', 'themes.none': 'The server does not serve themes.', 'themes.byYear': 'By year', 'themes.unthemed': 'Without a theme', 'themes.targets': 'targets', 'themes.achievements': 'achievements', 'indicator.judgedBy': 'judged by',
  'error.load': 'Could not load', 'loading': 'Loading…', 'notFound': 'No such page',
  'nav.entities': 'Entities', 'entities.title': 'Entities', 'entities.searchPlaceholder': 'name or alias', 'entities.none': 'No matching entities.',
  'col.name': 'Name', 'col.entityType': 'Type', 'col.aliases': 'Aliases', 'col.mentions': 'Mentions', 'col.documents': 'Documents',
  'entity.title': 'Entity', 'entity.notFound': 'No such entity.', 'entity.noAliases': 'none', 'entity.documents': 'Documents mentioning it',
  'entity.mentions': '{n} mentions', 'entity.targets': 'Linked targets and figures', 'entity.allTargets': 'All of them in the targets table',
  'entity.noTargets': 'No linked targets.',
  'entity.type.PERSON': 'person', 'entity.type.ORG': 'organization', 'entity.type.LOCATION': 'place', 'entity.type.FACILITY': 'facility',
  'entity.type.POLICY': 'policy', 'entity.type.EVENT': 'event',
};

const dictionaries = { zh, en };

export function lang() {
  const stored = localStorage.getItem(LANG_STORE);
  if (stored === 'zh' || stored === 'en') return stored;
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function setLang(l) {
  localStorage.setItem(LANG_STORE, l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}

/** The label for key in the current language, with {name} placeholders filled. */
export function t(key, vars) {
  const d = dictionaries[lang()];
  let s = d[key] ?? zh[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace('{' + k + '}', v);
  return s;
}

/** Label for an enumerated value (kind.target…) that falls back to the raw value. */
export function tv(prefix, value) {
  if (value === undefined || value === null || value === '') return '';
  const key = prefix + '.' + value;
  const s = t(key);
  return s === key ? String(value) : s;
}
