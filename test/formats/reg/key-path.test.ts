/** normalizeKeyPath and the key identity used when applying a file. */
import { describe, expect, it } from 'vitest';
import { keyIdentity, normalizeKeyPath } from '../../../src/core/formats/reg/key-path.js';

const CCS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet';

describe('normalizeKeyPath', () => {
  it.each([
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2', `${CCS}\\Services\\WinSock2`],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\WinSock2', `${CCS}\\Services\\WinSock2`],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Services', `${CCS}\\Services`],
    ['HKLM\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters', `${CCS}\\Services\\Winsock\\Parameters`],
    ['hklm\\system\\controlset001\\Services', `${CCS}\\Services`],
    ['\\ControlSet001\\Services\\WinSock2\\Parameters', `${CCS}\\Services\\WinSock2\\Parameters`],
    ['ControlSet001\\Services', `${CCS}\\Services`],
    ['\\CurrentControlSet\\Services', `${CCS}\\Services`],
    ['HKEY_LOCAL_MACHINE\\OFFLINE\\ControlSet001\\Services', `${CCS}\\Services`],
    ['ROOT\\ControlSet001\\Services', `${CCS}\\Services`],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001', CCS],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\\\Services\\', `${CCS}\\Services`],
  ])('%s', (input, expected) => {
    expect(normalizeKeyPath(input)).toBe(expected);
  });

  it('keeps other paths, with the root spelled out', () => {
    expect(normalizeKeyPath('HKCU\\Software\\x')).toBe('HKEY_CURRENT_USER\\Software\\x');
    expect(normalizeKeyPath('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft')).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft');
    expect(normalizeKeyPath('HKEY_LOCAL_MACHINE\\SYSTEM\\Select')).toBe('HKEY_LOCAL_MACHINE\\SYSTEM\\Select');
    expect(normalizeKeyPath('HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet1\\x')).toBe('HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet1\\x');
    expect(normalizeKeyPath('HKEY_CURRENT_USER\\ControlSet001\\x')).toBe('HKEY_CURRENT_USER\\ControlSet001\\x');
    expect(normalizeKeyPath('Software\\x')).toBe('Software\\x');
    expect(normalizeKeyPath('')).toBe('');
  });
});

describe('keyIdentity', () => {
  it('spells out the root and ignores case', () => {
    expect(keyIdentity('HKLM\\System\\X')).toBe('HKEY_LOCAL_MACHINE\\SYSTEM\\X');
    expect(keyIdentity('hkey_local_machine\\system\\x')).toBe('HKEY_LOCAL_MACHINE\\SYSTEM\\X');
    expect(keyIdentity('\\ControlSet001\\x')).toBe('\\CONTROLSET001\\X');
  });
});
