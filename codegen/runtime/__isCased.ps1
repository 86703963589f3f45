# Unicode Cased (approximated by the letter categories Lu, Ll, Lt) for one UTF-16 code unit
function script:__isCased {
    param($__c)
    $__cat = [System.Globalization.CharUnicodeInfo]::GetUnicodeCategory($__c)
    return ($__cat -eq [System.Globalization.UnicodeCategory]::UppercaseLetter -or $__cat -eq [System.Globalization.UnicodeCategory]::LowercaseLetter -or $__cat -eq [System.Globalization.UnicodeCategory]::TitlecaseLetter)
}
