/**
 * The criteria-first starting point of the publish page (format 1.1, no `form`: the server
 * generates it from the criteria, see "Criteria first" in `forms/README.md`). One section and
 * two criteria show the shape; the author replaces them with the plan's own.
 */
export function scaffoldDefinition(): Record<string, unknown> {
  const year = new Date().getFullYear();
  return {
    format: 1.1,
    id: 'new-checklist',
    version: 1,
    status: 'draft',
    title: { zh: '新评估表', en: 'New checklist' },
    issuer: { zh: '卫生健康委员会', en: 'Health commission' },
    plan: { title: { zh: '方案名称', en: 'Plan title' }, years: { from: year, to: year + 2 }, seed: 'plan.txt' },
    subject: 'institution',
    context: [],
    sections: [{ id: 'goals', title: { zh: '工作目标', en: 'Goals' }, clause: '二' }],
    criteria: [
      {
        id: 'beds',
        section: 'goals',
        title: { zh: '编制床位数', en: 'Staffed beds' },
        clause: '二(一)',
        kind: 'count',
        value: { field: 'goals.beds' },
        unit: { zh: '张', en: 'beds' },
        target: { op: '>=', value: 100 },
        weight: 1,
      },
      {
        id: 'remote',
        section: 'goals',
        title: { zh: '接入远程医疗平台', en: 'Linked to the telemedicine platform' },
        clause: '二(二)',
        kind: 'boolean',
        value: { field: 'goals.remote' },
        target: { equals: true },
        weight: 1,
      },
    ],
    bands: [
      { id: 'pass', label: { zh: '达标', en: 'Pass' }, min: 60 },
      { id: 'fail', label: { zh: '未达标', en: 'Fail' }, min: 0 },
    ],
  };
}
