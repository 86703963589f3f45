/**
 * Facts a registry source holds outside the WinSock2 and Winsock keys that some checks need: the
 * TCP/IP helper of the legacy Winsock layer (Services\Tcpip\Parameters\Winsock HelperDllName, C15)
 * and the product type (Control\ProductOptions ProductType: WinNT on a client, ServerNT or LanmanNT
 * on a server) for the OS profile. A .reg export of the WinSock2 key alone holds neither: then every
 * fact says "absent" and the checks that use them say nothing.
 *
 * Control set: CurrentControlSet when the source has these keys under it, else the first control
 * set met (as the catalog builder chooses for the Winsock keys).
 */
import type { RegistrySnapshot, RegistryValue } from '../model/registry.js';
import { decodeString } from '../formats/packed/registry-values.js';
import type { ValueIssue } from '../formats/packed/registry-values.js';
import { splitControlSet } from '../catalog/key-path.js';

export interface SourceFacts {
  /** The source has Services\Tcpip (the key itself or any key below it). */
  tcpipKey: boolean;
  /** The source has Services\Tcpip\Parameters\Winsock. */
  tcpipWinsockKey: boolean;
  /** HelperDllName of that key as text, or null when absent or empty. */
  tcpipHelperDllName: string | null;
  /** Control\ProductOptions ProductType as text, or null when absent. */
  productType: string | null;
}

const TCPIP = 'services\\tcpip';
const TCPIP_WINSOCK = 'services\\tcpip\\parameters\\winsock';
const PRODUCT_OPTIONS = 'control\\productoptions';

export function noSourceFacts(): SourceFacts {
  return { tcpipKey: false, tcpipWinsockKey: false, tcpipHelperDllName: null, productType: null };
}

function stringValue(values: RegistryValue[], lowerName: string, where: string): string | null {
  const v = values.find((x) => x.name.toLowerCase() === lowerName);
  if (v === undefined) return null;
  const issues: ValueIssue[] = [];
  const text = decodeString(v, where, issues).trim();
  return text === '' ? null : text;
}

export function sourceFactsOf(snapshot: RegistrySnapshot): SourceFacts {
  const found: { set: string; rest: string; values: RegistryValue[]; path: string }[] = [];
  for (const k of snapshot.keys) {
    const lower = k.path.toLowerCase();
    // Cheap filter first: PowerShell pays for every splitControlSet call.
    if (!lower.includes('\\services\\tcpip') && !lower.includes('\\control\\productoptions')) continue;
    const split = splitControlSet(k.path);
    if (split.controlSet === '') continue;
    const rest = split.rest.toLowerCase();
    if (rest === TCPIP || rest.startsWith(TCPIP + '\\') || rest === PRODUCT_OPTIONS) {
      found.push({ set: split.controlSet.toLowerCase(), rest, values: k.values, path: k.path });
    }
  }
  const facts = noSourceFacts();
  if (found.length === 0) return facts;
  const chosen = found.some((f) => f.set === 'currentcontrolset') ? 'currentcontrolset' : found[0].set;
  for (const f of found) {
    if (f.set !== chosen) continue;
    if (f.rest === PRODUCT_OPTIONS) {
      const productType = stringValue(f.values, 'producttype', `${f.path}\\ProductType`);
      if (productType !== null) facts.productType = productType;
      continue;
    }
    facts.tcpipKey = true;
    if (f.rest === TCPIP_WINSOCK || f.rest.startsWith(TCPIP_WINSOCK + '\\')) facts.tcpipWinsockKey = true;
    if (f.rest === TCPIP_WINSOCK) {
      const helper = stringValue(f.values, 'helperdllname', `${f.path}\\HelperDllName`);
      if (helper !== null) facts.tcpipHelperDllName = helper;
    }
  }
  return facts;
}
