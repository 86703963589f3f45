/**
 * Which default catalog stands for each OS profile that detectOsProfile (checks/os-profile.ts)
 * reports: the one Reset and Rebuild -Resume write into a registry image. Add a row when a profile
 * is added there.
 *
 * Win8to11 -> win11-x64: that catalog is in the order of a freshly reset Windows 11 catalog, and it
 * has no PNRP name spaces: pnrpnsp.dll is gone from Windows 11, so writing win10-x64's PNRP entries
 * there would install providers whose DLL is missing; on Windows 10 the PNRP name spaces (deprecated)
 * are the only loss. Server has no row of its own in detectOsProfile yet (Servers report Win8to11);
 * its row is ready for when it does.
 */

export interface OsProfileDefault {
  /** An OsProfile value of checks/os-profile.ts. */
  osProfile: string;
  /** A name defaultWinsockSnapshot accepts. */
  defaultProfile: string;
}

export const OS_PROFILE_DEFAULTS: OsProfileDefault[] = [
  { osProfile: 'XP', defaultProfile: 'xp-sp2-tcpip' },
  { osProfile: 'Vista7', defaultProfile: 'win7-x64' },
  { osProfile: 'Win8to11', defaultProfile: 'win11-x64' },
  { osProfile: 'Server', defaultProfile: 'server2022' },
];

/** The default catalog's profile name for an OS profile, or null when there is none (e.g. 'unknown'). */
export function defaultProfileForOs(osProfile: string): string | null {
  const row = OS_PROFILE_DEFAULTS.find((r) => r.osProfile === osProfile);
  return row === undefined ? null : row.defaultProfile;
}
