/**
 * A Chinese heading for each definition issue code that is still worded only in English
 * (`message`, without params): the web app shows it before the English detail until the code
 * carries params of its own (see `issue-text.ts`).
 */
export const CODE_ZH: Readonly<Record<string, string>> = {
  'value-type': '读取的值类型与评分项类型不符',
  'unknown-field': '引用的表单字段不存在',
  'unknown-value': '取值不在可选项中',
  'unknown-level': '等级不在量表中',
  'unknown-scale': '量表未定义',
  'form-schema': '表单的 JSON Schema 有误',
  'credit-kind': '计分方式不适用于该类评分项',
  years: '方案起止年份颠倒',
  'unknown-section': '所属章节未定义',
  'unknown-derived': '引用的计算值未定义',
  'unknown-context': '引用的背景字段未声明',
  'unknown-band': '等次未定义',
  'no-points': '没有计分的评分项',
  'missing-value': '评分项未指明读取哪个值',
  'missing-target': '评分项缺少目标',
  'missing-scale': '等级类评分项未指明量表',
  'missing-options': '枚举类背景字段缺少选项',
  'missing-items': '覆盖类评分项未列出项目',
  'info-weight': '仅供参考的评分项不计分',
  'info-veto': '仅供参考的评分项不能一票否决',
  'info-target': '仅供参考的评分项没有目标',
  'expr-op': '计算值使用了不允许的运算',
  'empty-range': '区间下限高于上限',
  'duplicate-id': '编号重复',
  'credit-from': '线性计分的起点有误',
  'coverage-min': '要求的项数超过所列项目',
  'coverage-items': '多选字段的选项与评分项所列项目不一致',
  'context-condition': 'requiredWhen 只能以其他背景字段为条件',
  'built-in-context': '内置背景字段不能重复声明',
  bands: '等次设置有误',
  'form-too-complex': '表单的 $ref 或组合分支嵌套过深或过多',
};
