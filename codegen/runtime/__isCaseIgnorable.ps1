# Unicode Case_Ignorable (marks, format characters, modifiers and the word-internal punctuation of UAX 29) for one UTF-16 code unit
function script:__isCaseIgnorable {
    param($__c)
    if ("'.:^``$([char]0xB7)$([char]0x2019)$([char]0x2027)".IndexOf($__c) -ge 0) { return $true }
    $__cat = [System.Globalization.CharUnicodeInfo]::GetUnicodeCategory($__c)
    return ($__cat -eq [System.Globalization.UnicodeCategory]::NonSpacingMark -or $__cat -eq [System.Globalization.UnicodeCategory]::EnclosingMark -or $__cat -eq [System.Globalization.UnicodeCategory]::Format -or $__cat -eq [System.Globalization.UnicodeCategory]::ModifierLetter -or $__cat -eq [System.Globalization.UnicodeCategory]::ModifierSymbol)
}
