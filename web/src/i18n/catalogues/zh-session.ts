/** Chinese for refusals about the account itself (disabled, password to change): part of the base catalogue, every page shows them. */
export const zhSession = {
  'session.disabled': '你的账号已被管理员停用，不能继续查看或保存。请联系管理员重新启用后再登录。',
  'session.passwordChange': '请先修改一次性密码：退出后重新登录，按提示设置新密码。',
  'session.signInAgain': '重新登录',
  'fill.saveRefused': '未保存：{reason}',
} as const;
