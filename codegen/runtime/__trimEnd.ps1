# JS s.trimEnd(): removes trailing JS whitespace (U+0009-000D, U+0020, U+00A0, U+1680, U+2000-200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF)
function script:__trimEnd {
    param($__s)
    $__ws = [char[]](9, 10, 11, 12, 13, 32, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF)
    return $__s.TrimEnd($__ws)
}
