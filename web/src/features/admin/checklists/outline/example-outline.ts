/**
 * The outline the publish page offers to start from: two sections, one criterion of each common
 * kind, targets in shorthand. Texts are plain Chinese strings (the outline allows `{ zh, en }` too).
 */
export function exampleOutline(): Record<string, unknown> {
  const year = new Date().getFullYear();
  return {
    id: 'new-checklist',
    title: '新评估表',
    issuer: '卫生健康委员会',
    plan: { title: '方案名称', years: `${year}-${year + 2}`, seed: 'plan.txt' },
    sections: [
      {
        id: 'goals',
        title: '工作目标',
        clause: '二',
        criteria: [
          { id: 'beds', title: '编制床位数', kind: 'count', clause: '二(一)', unit: '张', target: '>= 100' },
          { id: 'localVisits', title: '县域内就诊率', kind: 'numeric', clause: '二(二)', unit: '%', target: '>= 90', weight: 2 },
        ],
      },
      {
        id: 'it',
        title: '信息化建设',
        clause: '三',
        criteria: [
          { id: 'emr', title: '电子病历系统功能应用水平', kind: 'ordinal', clause: '三(一)', scale: 'emr@1', target: '>= 3' },
          { id: 'remote', title: '接入远程医疗平台', kind: 'boolean', clause: '三(二)', target: true },
        ],
      },
    ],
  };
}
