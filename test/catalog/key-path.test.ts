/** The catalog builder's key-path normaliser (control sets, HKLM, hive-relative paths). */
import { describe, expect, it } from 'vitest';
import { isControlSetName, normalizeKeyPathLocal, sameKeyPath, splitControlSet } from '../../src/core/catalog/key-path.js';

const CCS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet';

describe('key paths', () => {
  it.each([
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2', `${CCS}\\Services\\WinSock2`],
    ['hklm\\system\\controlset001\\Services\\WinSock2', `${CCS}\\Services\\WinSock2`],
    ['\\ControlSet002\\Services\\WinSock2\\Parameters', `${CCS}\\Services\\WinSock2\\Parameters`],
    ['ControlSet001\\Services', `${CCS}\\Services`],
    ['HKEY_LOCAL_MACHINE\\OFFLINE\\ControlSet001\\Services\\Winsock', `${CCS}\\Services\\Winsock`],
    ['HKLM\\SOFTWARE\\Microsoft', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft'],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\\\Services\\', `${CCS}\\Services`],
    ['HKLM\\SYSTEM\\CurrentControlSet', CCS],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeKeyPathLocal(input)).toBe(expected);
  });
  it('tells which control set a path names', () => {
    expect(splitControlSet('HKLM\\SYSTEM\\ControlSet003\\Services\\X')).toEqual({ controlSet: 'ControlSet003', rest: 'Services\\X', restSegments: ['Services', 'X'] });
    expect(splitControlSet('Services\\WinSock2')).toEqual({ controlSet: '', rest: 'Services\\WinSock2', restSegments: ['Services', 'WinSock2'] });
  });
  it('recognises control-set names only', () => {
    expect(isControlSetName('ControlSet001')).toBe(true);
    expect(isControlSetName('CURRENTCONTROLSET')).toBe(true);
    expect(isControlSetName('ControlSet01')).toBe(false);
    expect(isControlSetName('ControlSet0a1')).toBe(false);
    expect(isControlSetName('Services')).toBe(false);
  });
  it('compares case-insensitively after normalisation', () => {
    expect(sameKeyPath('HKLM\\SYSTEM\\ControlSet001\\Services\\winsock2', `${CCS}\\Services\\WinSock2`)).toBe(true);
    expect(sameKeyPath('HKLM\\SYSTEM\\ControlSet001\\Services\\Winsock', `${CCS}\\Services\\WinSock2`)).toBe(false);
  });
});
