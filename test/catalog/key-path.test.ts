/** The catalog builder's key paths: the .reg reader's normalizeKeyPath plus which control set a path names. */
import { describe, expect, it } from 'vitest';
import { keyPathSegments, sameKeyPath, splitControlSet } from '../../src/core/catalog/key-path.js';

describe('splitControlSet', () => {
  it.each([
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2', 'CurrentControlSet', 'Services\\WinSock2'],
    ['hklm\\system\\controlset001\\Services\\WinSock2', 'controlset001', 'Services\\WinSock2'],
    ['\\ControlSet002\\Services\\WinSock2\\Parameters', 'ControlSet002', 'Services\\WinSock2\\Parameters'],
    ['ControlSet001\\Services', 'ControlSet001', 'Services'],
    ['HKEY_LOCAL_MACHINE\\OFFLINE\\ControlSet001\\Services\\Winsock', 'ControlSet001', 'Services\\Winsock'],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\\\Services\\', 'CurrentControlSet', 'Services'],
    ['HKLM\\SYSTEM\\CurrentControlSet', 'CurrentControlSet', ''],
    ['Services\\WinSock2', '', 'Services\\WinSock2'],
    ['HKEY_CURRENT_USER\\X\\ControlSet001\\Services', '', 'HKEY_CURRENT_USER\\X\\ControlSet001\\Services'],
  ])('%s -> set %j, rest %j', (input, controlSet, rest) => {
    const s = splitControlSet(input);
    expect([s.controlSet, s.rest]).toEqual([controlSet, rest]);
    expect(s.restSegments).toEqual(rest === '' ? [] : rest.split('\\'));
  });
  it('drops empty segments', () => {
    expect(keyPathSegments('\\a\\\\b\\')).toEqual(['a', 'b']);
  });
  it('compares case-insensitively after normalisation', () => {
    expect(sameKeyPath('HKLM\\SYSTEM\\ControlSet001\\Services\\winsock2', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2')).toBe(true);
    expect(sameKeyPath('HKLM\\SYSTEM\\ControlSet001\\Services\\Winsock', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2')).toBe(false);
  });
});
