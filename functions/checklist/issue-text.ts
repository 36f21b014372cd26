import type { DefinitionIssue, IssueParam } from './definition-issue.js';
import { isGradableKind, TARGET_SHAPES } from './target-shapes.js';
import { CODE_ZH } from './issue-code-text.js';

/** An issue's text in both languages. */
export interface IssueText {
  zh: string;
  en: string;
}

type Params = Record<string, IssueParam | undefined>;
type Wording = (p: Params) => IssueText;

const s = (value: IssueParam | undefined): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
const zhList = (value: IssueParam | undefined): string => (Array.isArray(value) ? value.join('、') : String(value ?? ''));

const KIND_ZH: Record<string, string> = { boolean: '是否', numeric: '数值', count: '计数', ordinal: '等级', coverage: '覆盖' };

/** What is wrong with a target (from `diagnoseTarget`), then what the kind's target needs, with an example. */
function targetText(p: Params): IssueText {
  const kind = s(p.kind);
  const shape = isGradableKind(kind) ? TARGET_SHAPES[kind] : undefined;
  const key = s(p.key);
  const problem: Record<string, IssueText> = {
    'not-an-object': { zh: `是 ${s(p.got)}，不是对象`, en: `is ${s(p.got)}, not an object` },
    'unknown-op': { zh: `的 op ${s(p.got)} 不可用`, en: `has op ${s(p.got)}, which a ${kind} target does not take` },
    'missing-key': { zh: `缺少 "${key}"`, en: `lacks "${key}"` },
    'unknown-key': { zh: `含有不认识的键 "${key}"`, en: `has an unexpected key "${key}"` },
    'wrong-type': { zh: `的 "${key}" 应为 ${s(p.expected)}，实际为 ${s(p.got)}`, en: `has "${key}" = ${s(p.got)}, expected ${s(p.expected)}` },
    'invalid-value': { zh: `的 "${key}" 取值 ${s(p.got)} 不允许（应为 ${s(p.expected)}）`, en: `has "${key}" = ${s(p.got)}, expected ${s(p.expected)}` },
    'other-kind': { zh: `是${KIND_ZH[s(p.got)] ?? s(p.got)}类目标`, en: `is a ${s(p.got)} target` },
  };
  const what = problem[s(p.problem)] ?? { zh: '格式不对', en: 'has the wrong shape' };
  return {
    zh: `${KIND_ZH[kind] ?? kind}类评分项（${kind}）的目标${what.zh}：应为 ${shape?.needs.zh ?? '?'}，例如 ${shape?.example ?? '?'}`,
    en: `a ${kind} criterion's target ${what.en}: it needs ${shape?.needs.en ?? '?'}, for example ${shape?.example ?? '?'}`,
  };
}

/** A structural (Valibot) issue: `invalid-<schema type>` with what was expected and received. */
const structural: Wording = (p) =>
  p.check
    ? { zh: `取值不符合要求：应为 ${s(p.expected)}，实际为 ${s(p.received)}`, en: `invalid value: expected ${s(p.expected)}, received ${s(p.received)}` }
    : { zh: `格式不对：应为 ${s(p.expected)}，实际为 ${s(p.received)}`, en: `invalid: expected ${s(p.expected)}, received ${s(p.received)}` };

/**
 * Wording of each issue code that carries params, in Chinese and English. The web app words
 * issues from `code` and `params` with this table; `message` is its English text.
 */
const WORDING: Record<string, Wording> = {
  'target-shape': (p) => targetText(p),
  'target-kind': (p) => targetText(p),
  'ui-scope': (p) => {
    const row = p.row ? { zh: `（"${s(p.row)}" 的明细布局中，scope 相对于一行：#/properties/<列>）`, en: ` (inside the detail of "${s(p.row)}", scopes are relative to one row: #/properties/<column>)` } : { zh: '', en: '' };
    if (p.problem === 'too-complex') {
      return { zh: `scope "${s(p.scope)}" 需要展开过多层 $ref 或组合分支，无法解析${row.zh}`, en: `scope "${s(p.scope)}" cannot be resolved: it leads through too many nested $refs or combinator branches${row.en}` };
    }
    return p.problem === 'not-a-field-path'
      ? { zh: `scope "${s(p.scope)}" 不是字段路径：应写作 #/properties/<字段>/properties/<子字段>${row.zh}`, en: `scope "${s(p.scope)}" does not name a field: write #/properties/<field>/properties/<subfield>${row.en}` }
      : { zh: `scope "${s(p.scope)}" 指向的字段在表单中不存在${row.zh}`, en: `scope "${s(p.scope)}" points at no field of the form${row.en}` };
  },
  'rows-field': (p) => ({
    zh: `"${s(p.field)}" 不是明细表（对象数组）字段，无法按行计数或求和`,
    en: `"${s(p.field)}" is not a repeat group (a list of objects), so its rows cannot be counted or summed`,
  }),
  'unknown-column': (p) => ({
    zh: `明细表 "${s(p.field)}" 没有列 "${s(p.column)}"（现有列：${zhList(p.columns)}）`,
    en: `repeat group "${s(p.field)}" has no column "${s(p.column)}" (columns: ${s(p.columns)})`,
  }),
  'column-type': (p) => ({
    zh: `明细表 "${s(p.field)}" 的列 "${s(p.column)}" 是 ${s(p.type)}，${s(p.kind)} 评分项需要${p.expected === 'integer' ? '整数' : '数值'}列求和`,
    en: `column "${s(p.column)}" of repeat group "${s(p.field)}" is ${s(p.type)}; a ${s(p.kind)} criterion sums ${p.expected === 'integer' ? 'an integer' : 'a number'} column`,
  }),
  'rows-kind': (p) => ({
    zh: `按行计数或求和得到的是数值，${s(p.kind)} 评分项不能读取（请用 numeric 或 count）`,
    en: `counting or summing rows gives a number; a ${s(p.kind)} criterion cannot read one (use numeric or count)`,
  }),
  'option-untranslated': (p) => ({
    zh: `选项 "${s(p.option)}"（${s(p.title)}）缺少 ${s(p.lang)} 译文：在 form.i18n.${s(p.lang)} 中加上 "${s(p.key)}"`,
    en: `option "${s(p.option)}" (${s(p.title)}) has no ${s(p.lang)} text: add "${s(p.key)}" to form.i18n.${s(p.lang)}`,
  }),
  'title-target-mismatch': (p) => ({
    zh: `标题写的是 ${zhList(p.inTitle)}，目标却是 ${zhList(p.inTarget)}：请核对标题或目标`,
    en: `the title says ${s(p.inTitle)} but the target is ${s(p.inTarget)}: check the title or the target`,
  }),
  'unknown-standard-scale': (p) => ({
    zh: `引用的标准量表 "${s(p.ref)}" 未发布${p.versions ? `（已发布版本：${zhList(p.versions)}）` : ''}`,
    en: `standard scale "${s(p.ref)}" is not published${p.versions ? ` (published versions: ${s(p.versions)})` : ''}`,
  }),
  'unresolved-scale-ref': (p) => ({
    zh: `量表引用 "${s(p.ref)}" 尚未展开：通过 API 发布或用命令行工具校验时会自动展开`,
    en: `scale reference "${s(p.ref)}" has not been resolved: publishing through the API or checking with the CLI resolves it`,
  }),
};

/**
 * The Chinese and English text of an issue, made from its code and params. A code still worded
 * only in English gets its Chinese heading (`CODE_ZH`) before the English detail; undefined when
 * neither is known.
 */
export function issueText(issue: Pick<DefinitionIssue, 'code' | 'params'> & { message?: string }): IssueText | undefined {
  const wording = issue.params
    ? WORDING[issue.code] ?? (issue.code.startsWith('invalid-') && 'expected' in issue.params ? structural : undefined)
    : undefined;
  if (wording && issue.params) return wording(issue.params);
  const heading = CODE_ZH[issue.code];
  if (heading && issue.message) return { zh: `${heading}：${issue.message}`, en: issue.message };
  return undefined;
}

/** Builds an issue whose `message` is the English text made from its params. */
export function issueFrom(path: string, code: string, params: Record<string, IssueParam>): DefinitionIssue {
  const text = issueText({ code, params });
  return { path, code, message: text?.en ?? code, params };
}
