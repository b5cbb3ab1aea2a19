// Ids are kebab-case ('forgot-password', 'carrier-mail'); message keys name them in PascalCase
// ('actionForgotPassword', 'hintCarrierMailTitle', docs/ARCHITECTURE.md "Message keys").

/** 'forgot-password' → 'ForgotPassword'. */
export function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}
