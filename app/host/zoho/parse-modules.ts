import type { ModuleInfo } from '../../api/crm-host';
import { asArray, readBoolean, readString, requireId, requireObject } from './read-json';

/** GET /settings/modules → {modules: [...]}. */
export function parseModules(body: unknown): ModuleInfo[] {
  return asArray(requireObject(body, 'a modules answer').modules).map((item) => {
    const module = requireObject(item, 'a module');
    const apiName = readString(module.api_name) ?? '';
    return {
      apiName,
      id: requireId(module.id, 'a module'),
      singularLabel: readString(module.singular_label) ?? apiName,
      pluralLabel: readString(module.plural_label) ?? apiName,
      visible: readBoolean(module.visible, true),
      apiSupported: readBoolean(module.api_supported, true),
    };
  });
}
