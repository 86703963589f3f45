/**
 * The two keys KB811259 tells the admin to back up and delete: `Services\Winsock` (the legacy
 * Windows Sockets 1.1 transport list) and `Services\WinSock2` (both Winsock2 catalogs). Backups,
 * restores and repairs read and write nothing else.
 */
export const WINSOCK_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock';
export const WINSOCK2_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2';
export const WINSOCK_KEYS: string[] = [WINSOCK_KEY, WINSOCK2_KEY];
