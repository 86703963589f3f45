# Runtime helpers (codegen/runtime/*.ps1): concrete vectors whose expected values were computed by
# Node (JS semantics), plus the PowerShell-specific guarantees the compiler relies on (types, no
# unrolling of returned lists, in-place mutation, dynamic scoping of callbacks, folder invariants).
# Expected values are rendered as: undefined | null | number:<String(n) or -0> | json:<JSON.stringify>;
# non-ASCII characters in them are written {u+xxxx} so that this file stays ASCII.

BeforeDiscovery {
    $runtimeDir = Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') (Join-Path 'codegen' 'runtime')
    $helperFiles = @(Get-ChildItem -Path $runtimeDir -Filter '*.ps1' | Sort-Object Name | ForEach-Object { @{ Name = $_.BaseName; Path = $_.FullName } })
    # Generated from Node: each Call's Expected is the JavaScript equivalent's result.
    $vectors = @{
    __numStr = @(
        @{ Call = '__numStr 0'; Expected = 'json:"0"' }
        @{ Call = '__numStr $negZero'; Expected = 'json:"0"' }
        @{ Call = '__numStr 0.1'; Expected = 'json:"0.1"' }
        @{ Call = '__numStr (0.1 + 0.2)'; Expected = 'json:"0.30000000000000004"' }
        @{ Call = '__numStr (1 / 3)'; Expected = 'json:"0.3333333333333333"' }
        @{ Call = '__numStr 1e21'; Expected = 'json:"1e+21"' }
        @{ Call = '__numStr 1e20'; Expected = 'json:"100000000000000000000"' }
        @{ Call = '__numStr 123456789012345680000'; Expected = 'json:"123456789012345680000"' }
        @{ Call = '__numStr 1e-7'; Expected = 'json:"1e-7"' }
        @{ Call = '__numStr 1.5e-7'; Expected = 'json:"1.5e-7"' }
        @{ Call = '__numStr 0.000001'; Expected = 'json:"0.000001"' }
        @{ Call = '__numStr 1.234e-6'; Expected = 'json:"0.000001234"' }
        @{ Call = '__numStr ([double]::NaN)'; Expected = 'json:"NaN"' }
        @{ Call = '__numStr ([double]::PositiveInfinity)'; Expected = 'json:"Infinity"' }
        @{ Call = '__numStr ([double]::NegativeInfinity)'; Expected = 'json:"-Infinity"' }
        @{ Call = '__numStr 5e-324'; Expected = 'json:"5e-324"' }
        @{ Call = '__numStr 1.7976931348623157e308'; Expected = 'json:"1.7976931348623157e+308"' }
        @{ Call = '__numStr 2.2250738585072014e-308'; Expected = 'json:"2.2250738585072014e-308"' }
        @{ Call = '__numStr ([long]9007199254740993)'; Expected = 'json:"9007199254740992"' }
        @{ Call = '__numStr ([long]::MaxValue)'; Expected = 'json:"9223372036854776000"' }
        @{ Call = '__numStr ([int]::MinValue)'; Expected = 'json:"-2147483648"' }
        @{ Call = '__numStr ([byte]7)'; Expected = 'json:"7"' }
        @{ Call = '__numStr ([decimal]1.5)'; Expected = 'json:"1.5"' }
        @{ Call = '__numStr ([single]0.5)'; Expected = 'json:"0.5"' }
        @{ Call = '__numStr ([uint64]18446744073709551615)'; Expected = 'json:"18446744073709552000"' }
        @{ Call = '__numStr -1234.5678'; Expected = 'json:"-1234.5678"' }
        @{ Call = '__numStr 100'; Expected = 'json:"100"' }
        @{ Call = '__numStr 2.5'; Expected = 'json:"2.5"' }
        @{ Call = '__numStr 1.1e21'; Expected = 'json:"1.1e+21"' }
        @{ Call = '__numStr -1e-7'; Expected = 'json:"-1e-7"' }
        @{ Call = '__numStr 8.393722534179688'; Expected = 'json:"8.393722534179688"' }
        @{ Call = '__numStr 9.554641723632812'; Expected = 'json:"9.554641723632812"' }
        @{ Call = '__numStr 5.960464477539063e-8'; Expected = 'json:"5.960464477539063e-8"' }
        @{ Call = '__numStr 4.35e-321'; Expected = 'json:"4.35e-321"' }
        @{ Call = '__numStr 1e-323'; Expected = 'json:"1e-323"' }
        @{ Call = '__numStr 123e-20'; Expected = 'json:"1.23e-18"' }
        @{ Call = '__numStr 0.1e-5'; Expected = 'json:"0.000001"' }
    )
    __str = @(
        @{ Call = '__str $null'; Expected = 'json:"undefined"' }
        @{ Call = '__str ([DBNull]::Value)'; Expected = 'json:"null"' }
        @{ Call = '__str $true'; Expected = 'json:"true"' }
        @{ Call = '__str $false'; Expected = 'json:"false"' }
        @{ Call = '__str 1.5'; Expected = 'json:"1.5"' }
        @{ Call = '__str $negZero'; Expected = 'json:"0"' }
        @{ Call = '__str "abc"'; Expected = 'json:"abc"' }
        @{ Call = '__str ([System.Collections.Generic.List[object]]@(1, $null, [DBNull]::Value, "x"))'; Expected = 'json:"1,,,x"' }
        @{ Call = '__str ([System.Collections.Generic.List[object]]@())'; Expected = 'json:""' }
        @{ Call = '__str @(1, @(2, 3))'; Expected = 'json:"1,2,3"' }
        @{ Call = '__str ([pscustomobject]@{ a = 1 })'; Expected = 'json:"[object Object]"' }
        @{ Call = '__str ([System.Collections.Specialized.OrderedDictionary]::new([System.StringComparer]::Ordinal))'; Expected = 'json:"[object Map]"' }
        @{ Call = '__str ([byte[]](1, 2, 255))'; Expected = 'json:"1,2,255"' }
        @{ Call = '__str ([char]65)'; Expected = 'json:"A"' }
        @{ Call = '__str 1e21'; Expected = 'json:"1e+21"' }
    )
    __toJson = @(
        @{ Call = '__toJson $null'; Expected = 'json:"null"' }
        @{ Call = '__toJson ([DBNull]::Value)'; Expected = 'json:"null"' }
        @{ Call = '__toJson $true'; Expected = 'json:"true"' }
        @{ Call = '__toJson 0.1'; Expected = 'json:"0.1"' }
        @{ Call = '__toJson $negZero'; Expected = 'json:"0"' }
        @{ Call = '__toJson ([double]::NaN)'; Expected = 'json:"null"' }
        @{ Call = '__toJson ([double]::NegativeInfinity)'; Expected = 'json:"null"' }
        @{ Call = '__toJson 1e21'; Expected = 'json:"1e+21"' }
        @{ Call = '__toJson ([long]4294967296)'; Expected = 'json:"4294967296"' }
        @{ Call = '__toJson "a`"b\c"'; Expected = 'json:"\"a\\\"b\\\\c\""' }
        @{ Call = '__toJson ([string][char]0 + [char]1 + [char]8 + [char]9 + [char]10 + [char]12 + [char]13 + [char]31 + [char]127)'; Expected = 'json:"\"\\u0000\\u0001\\b\\t\\n\\f\\r\\u001f{u+007f}\""' }
        @{ Call = '__toJson ([string][char]0xD800)'; Expected = 'json:"\"\\ud800\""' }
        @{ Call = '__toJson ([string][char]0xDFFF + "x")'; Expected = 'json:"\"\\udfffx\""' }
        @{ Call = '__toJson ([string][char]0xD83D + [char]0xDE00)'; Expected = 'json:"\"{u+d83d}{u+de00}\""' }
        @{ Call = '__toJson ([string][char]0xDE00 + [char]0xD83D)'; Expected = 'json:"\"\\ude00\\ud83d\""' }
        @{ Call = '__toJson ([string][char]0xE9 + [char]0x4E2D + [char]0x2028)'; Expected = 'json:"\"{u+00e9}{u+4e2d}{u+2028}\""' }
        @{ Call = '__toJson ([System.Collections.Generic.List[object]]@())'; Expected = 'json:"[]"' }
        @{ Call = '__toJson ([System.Collections.Generic.List[object]]@(1, $null, [DBNull]::Value, "s", $false))'; Expected = 'json:"[1,null,null,\"s\",false]"' }
        @{ Call = '__toJson @(1, @(2, @()))'; Expected = 'json:"[1,[2,[]]]"' }
        @{ Call = '__toJson ([pscustomobject][ordered]@{ b = 1; a = $null; c = [DBNull]::Value; d = [pscustomobject]@{} })'; Expected = 'json:"{\"b\":1,\"c\":null,\"d\":{}}"' }
        @{ Call = '__toJson ([pscustomobject][ordered]@{ z = ([System.Collections.Generic.List[object]]@([double]::NaN, 1.5)); y = "q" })'; Expected = 'json:"{\"z\":[null,1.5],\"y\":\"q\"}"' }
        @{ Call = '__toJson ([System.Collections.Specialized.OrderedDictionary]::new([System.StringComparer]::Ordinal))'; Expected = 'json:"{}"' }
        @{ Call = '__toJson ([byte[]](1, 2, 255))'; Expected = 'json:"{\"0\":1,\"1\":2,\"2\":255}"' }
        @{ Call = '__toJson ([byte[]]@())'; Expected = 'json:"{}"' }
        @{ Call = '__toJson ([pscustomobject]@{ "k`"ey" = 1 })'; Expected = 'json:"{\"k\\\"ey\":1}"' }
    )
    __strictEq = @(
        @{ Call = '__strictEq 1 1.0'; Expected = 'json:true' }
        @{ Call = '__strictEq ([long]5) 5'; Expected = 'json:true' }
        @{ Call = '__strictEq ([double]::NaN) ([double]::NaN)'; Expected = 'json:false' }
        @{ Call = '__strictEq 0 $negZero'; Expected = 'json:true' }
        @{ Call = '__strictEq "a" "A"'; Expected = 'json:false' }
        @{ Call = '__strictEq "1" 1'; Expected = 'json:false' }
        @{ Call = '__strictEq $null ([DBNull]::Value)'; Expected = 'json:false' }
        @{ Call = '__strictEq $null $null'; Expected = 'json:true' }
        @{ Call = '__strictEq ([DBNull]::Value) ([DBNull]::Value)'; Expected = 'json:true' }
        @{ Call = '__strictEq $true 1'; Expected = 'json:false' }
        @{ Call = '__strictEq $false $false'; Expected = 'json:true' }
        @{ Call = '__strictEq "" 0'; Expected = 'json:false' }
        @{ Call = '__strictEq ([System.Collections.Generic.List[object]]@()) ([System.Collections.Generic.List[object]]@())'; Expected = 'json:false' }
        @{ Call = '__strictEq ([pscustomobject]@{}) ([pscustomobject]@{})'; Expected = 'json:false' }
        @{ Call = '$o = [pscustomobject]@{ a = 1 }; __strictEq $o $o'; Expected = 'json:true' }
        @{ Call = '$l = [System.Collections.Generic.List[object]]::new(); __strictEq $l $l'; Expected = 'json:true' }
        @{ Call = '__strictEq ([string][char]0xE9) ("e" + [char]0x301)'; Expected = 'json:false' }
    )
    __div = @(
        @{ Call = '__div 7 2'; Expected = 'number:3.5' }
        @{ Call = '__div 6 3'; Expected = 'number:2' }
        @{ Call = '__div 1 0'; Expected = 'number:Infinity' }
        @{ Call = '__div -1 0'; Expected = 'number:-Infinity' }
        @{ Call = '__div 0 0'; Expected = 'number:NaN' }
        @{ Call = '__div 1 $negZero'; Expected = 'number:-Infinity' }
        @{ Call = '__div 0 -5'; Expected = 'number:-0' }
        @{ Call = '__div ([int]::MinValue) -1'; Expected = 'number:2147483648' }
        @{ Call = '__div 1 3'; Expected = 'number:0.3333333333333333' }
        @{ Call = '__div ([double]::PositiveInfinity) ([double]::PositiveInfinity)'; Expected = 'number:NaN' }
        @{ Call = '__div 5 ([double]::NegativeInfinity)'; Expected = 'number:-0' }
    )
    __mod = @(
        @{ Call = '__mod 7 3'; Expected = 'number:1' }
        @{ Call = '__mod -7 3'; Expected = 'number:-1' }
        @{ Call = '__mod 7 -3'; Expected = 'number:1' }
        @{ Call = '__mod -6 3'; Expected = 'number:-0' }
        @{ Call = '__mod 5 0'; Expected = 'number:NaN' }
        @{ Call = '__mod 5.5 2'; Expected = 'number:1.5' }
        @{ Call = '__mod -5.5 2'; Expected = 'number:-1.5' }
        @{ Call = '__mod ([int]::MinValue) -1'; Expected = 'number:-0' }
        @{ Call = '__mod 5 ([double]::PositiveInfinity)'; Expected = 'number:5' }
        @{ Call = '__mod ([double]::PositiveInfinity) 5'; Expected = 'number:NaN' }
        @{ Call = '__mod 0.3 0.1'; Expected = 'number:0.09999999999999998' }
        @{ Call = '__mod $negZero 5'; Expected = 'number:-0' }
    )
    __toInt32 = @(
        @{ Call = '__toInt32 2147483648'; Expected = 'number:-2147483648' }
        @{ Call = '__toInt32 4294967295'; Expected = 'number:-1' }
        @{ Call = '__toInt32 -2147483649'; Expected = 'number:2147483647' }
        @{ Call = '__toInt32 1.9'; Expected = 'number:1' }
        @{ Call = '__toInt32 -1.9'; Expected = 'number:-1' }
        @{ Call = '__toInt32 ([double]::NaN)'; Expected = 'number:0' }
        @{ Call = '__toInt32 ([double]::PositiveInfinity)'; Expected = 'number:0' }
        @{ Call = '__toInt32 1e21'; Expected = 'number:-559939584' }
        @{ Call = '__toInt32 ([double]9007199254740993)'; Expected = 'number:0' }
        @{ Call = '__toInt32 $negZero'; Expected = 'number:0' }
        @{ Call = '__toInt32 "12"'; Expected = 'number:12' }
        @{ Call = '__toInt32 $true'; Expected = 'number:1' }
        @{ Call = '__toInt32 $null'; Expected = 'number:0' }
    )
    __toUint32 = @(
        @{ Call = '__toUint32 -1'; Expected = 'number:4294967295' }
        @{ Call = '__toUint32 4294967296'; Expected = 'number:0' }
        @{ Call = '__toUint32 -2147483648'; Expected = 'number:2147483648' }
        @{ Call = '__toUint32 1.5'; Expected = 'number:1' }
        @{ Call = '__toUint32 -1.5'; Expected = 'number:4294967295' }
        @{ Call = '__toUint32 ([double]::NaN)'; Expected = 'number:0' }
        @{ Call = '__toUint32 1e21'; Expected = 'number:3735027712' }
    )
    bitwise = @(
        @{ Call = '__bor 2147483648 0'; Expected = 'number:-2147483648' }
        @{ Call = '__ushr -1 0'; Expected = 'number:4294967295' }
        @{ Call = '__shl 1 31'; Expected = 'number:-2147483648' }
        @{ Call = '__bnot 5'; Expected = 'number:-6' }
        @{ Call = '__band -1 4294967295'; Expected = 'number:-1' }
        @{ Call = '__bxor 4294967295 1'; Expected = 'number:-2' }
        @{ Call = '__shl 1 32'; Expected = 'number:1' }
        @{ Call = '__shl 3 31'; Expected = 'number:-2147483648' }
        @{ Call = '__shl 1 -1'; Expected = 'number:-2147483648' }
        @{ Call = '__shr -16 2'; Expected = 'number:-4' }
        @{ Call = '__shr 2147483648 1'; Expected = 'number:-1073741824' }
        @{ Call = '__ushr -16 2'; Expected = 'number:1073741820' }
        @{ Call = '__ushr 1 33'; Expected = 'number:0' }
        @{ Call = '__ushr 2147483648 31'; Expected = 'number:1' }
        @{ Call = '__bnot 4294967295'; Expected = 'number:0' }
        @{ Call = '__bnot ([double]::NaN)'; Expected = 'number:-1' }
        @{ Call = '__band 6.7 3.2'; Expected = 'number:2' }
        @{ Call = '__bor 1e21 1'; Expected = 'number:-559939583' }
        @{ Call = '__bxor -1 2147483647'; Expected = 'number:-2147483648' }
        @{ Call = '__shl 305419896 4'; Expected = 'number:591751040' }
        @{ Call = '__ushr ([long]-4294967297) 0'; Expected = 'number:4294967295' }
    )
    __at = @(
        @{ Call = '__at @(10, 20, 30) 0'; Expected = 'number:10' }
        @{ Call = '__at @(10, 20, 30) -1'; Expected = 'undefined' }
        @{ Call = '__at @(10, 20, 30) 3'; Expected = 'undefined' }
        @{ Call = '__at @(10, 20, 30) 1.5'; Expected = 'undefined' }
        @{ Call = '__at @(10, 20, 30) 2.0'; Expected = 'number:30' }
        @{ Call = '__at ([System.Collections.Generic.List[object]]@()) 0'; Expected = 'undefined' }
        @{ Call = '__at @(10, 20, 30) ([double]::NaN)'; Expected = 'undefined' }
        @{ Call = '__at @(10, 20, 30) ([long]1)'; Expected = 'number:20' }
        @{ Call = '__at ([System.Collections.Generic.List[object]]@([DBNull]::Value)) 0'; Expected = 'null' }
    )
    strings = @(
        @{ Call = '__strAt "abc" 1'; Expected = 'json:"b"' }
        @{ Call = '__strAt "abc" -1'; Expected = 'undefined' }
        @{ Call = '__strAt "abc" 3'; Expected = 'undefined' }
        @{ Call = '__strAt "abc" 1.5'; Expected = 'undefined' }
        @{ Call = '__charAt "abc" 1.5'; Expected = 'json:"b"' }
        @{ Call = '__charAt "abc" -1'; Expected = 'json:""' }
        @{ Call = '__charAt "abc" ([double]::NaN)'; Expected = 'json:"a"' }
        @{ Call = '__charCodeAt "abc" 0'; Expected = 'number:97' }
        @{ Call = '__charCodeAt "abc" 5'; Expected = 'number:NaN' }
        @{ Call = '__charCodeAt ([string][char]0xD83D + [char]0xDE00) 1'; Expected = 'number:56832' }
        @{ Call = '__strSlice "hello" 1 $null'; Expected = 'json:"ello"' }
        @{ Call = '__strSlice "hello" -3 -1'; Expected = 'json:"ll"' }
        @{ Call = '__strSlice "hello" 3 1'; Expected = 'json:""' }
        @{ Call = '__strSlice "hello" -100 100'; Expected = 'json:"hello"' }
        @{ Call = '__strSlice "hello" 1.9 3.9'; Expected = 'json:"el"' }
        @{ Call = '__substring "hello" 3 1'; Expected = 'json:"el"' }
        @{ Call = '__substring "hello" -2 2'; Expected = 'json:"he"' }
        @{ Call = '__substring "hello" ([double]::NaN) 2'; Expected = 'json:"he"' }
        @{ Call = '__substring "hello" 2 $null'; Expected = 'json:"llo"' }
        @{ Call = '__substring "hello" 1 100'; Expected = 'json:"ello"' }
        @{ Call = '__indexOf "abcabc" "c" $null'; Expected = 'number:2' }
        @{ Call = '__indexOf "abcabc" "c" 3'; Expected = 'number:5' }
        @{ Call = '__indexOf "abc" "" 10'; Expected = 'number:3' }
        @{ Call = '__indexOf "abc" "B" $null'; Expected = 'number:-1' }
        @{ Call = '__indexOf "a1" 1 $null'; Expected = 'number:1' }
        @{ Call = '__lastIndexOf "abcabc" "c" $null'; Expected = 'number:5' }
        @{ Call = '__lastIndexOf "abcabc" "c" 4'; Expected = 'number:2' }
        @{ Call = '__lastIndexOf "abcabc" "abc" 0'; Expected = 'number:0' }
        @{ Call = '__lastIndexOf "abc" "" $null'; Expected = 'number:3' }
        @{ Call = '__lastIndexOf "abc" "c" -5'; Expected = 'number:-1' }
        @{ Call = '__includes "Hello" "ell" $null'; Expected = 'json:true' }
        @{ Call = '__includes "Hello" "ELL" $null'; Expected = 'json:false' }
        @{ Call = '__includes "Hello" "" $null'; Expected = 'json:true' }
        @{ Call = '__includes "Hello" "H" 1'; Expected = 'json:false' }
        @{ Call = '__split "" "," $null'; Expected = 'json:[""]' }
        @{ Call = '__split "" "" $null'; Expected = 'json:[]' }
        @{ Call = '__split "abc" "" $null'; Expected = 'json:["a","b","c"]' }
        @{ Call = '__split "a,,b" "," $null'; Expected = 'json:["a","","b"]' }
        @{ Call = '__split ",a," "," $null'; Expected = 'json:["","a",""]' }
        @{ Call = '__split "a,b" $null $null'; Expected = 'json:["a,b"]' }
        @{ Call = '__split "a--b--" "--" $null'; Expected = 'json:["a","b",""]' }
        @{ Call = '__split "a,b,c" "," 2'; Expected = 'json:["a","b"]' }
        @{ Call = '__split "aXbxc" "x" $null'; Expected = 'json:["aXb","c"]' }
        @{ Call = '__replaceAll "abcabc" "b" "[$&]"'; Expected = 'json:"a[b]ca[b]c"' }
        @{ Call = '__replaceAll "abc" "" "-"'; Expected = 'json:"-a-b-c-"' }
        @{ Call = '__replaceAll "" "" "-"'; Expected = 'json:"-"' }
        @{ Call = '__replaceAll "aaa" "aa" "b"'; Expected = 'json:"ba"' }
        @{ Call = '__replaceAll ''x-y'' ''-'' ''$$'''; Expected = 'json:"x$y"' }
        @{ Call = '__replaceAll ''x-y'' ''-'' ''[$`|$'''']'''; Expected = 'json:"x[x|y]y"' }
        @{ Call = '__replaceAll ''x-y'' ''-'' ''$1$'''; Expected = 'json:"x$1$y"' }
        @{ Call = '__replaceAll "aXa" "x" "y"'; Expected = 'json:"aXa"' }
        @{ Call = '__replaceFirst "abcabc" "b" "[$&]"'; Expected = 'json:"a[b]cabc"' }
        @{ Call = '__replaceFirst "abc" "" "-"'; Expected = 'json:"-abc"' }
        @{ Call = '__replaceFirst "abc" "z" "-"'; Expected = 'json:"abc"' }
        @{ Call = '__replaceFirst ''x-y-z'' ''-'' ''[$`|$'''']'''; Expected = 'json:"x[x|y-z]y-z"' }
        @{ Call = '__replaceFirst ''a.b'' ''.'' ''$$$'''; Expected = 'json:"a$$b"' }
        @{ Call = '__trim ([string][char]0xFEFF + [char]0xA0 + " x " + [char]0x3000 + [char]0x2028)'; Expected = 'json:"x"' }
        @{ Call = '__trim ([string][char]0x85 + "x")'; Expected = 'json:"{u+0085}x"' }
        @{ Call = '__trim ([string][char]0x180E + "x")'; Expected = 'json:"{u+180e}x"' }
        @{ Call = '__trimStart "  x  "'; Expected = 'json:"x  "' }
        @{ Call = '__trimEnd "  x  "'; Expected = 'json:"  x"' }
        @{ Call = '__trimEnd ("x" + [char]9 + [char]11 + [char]12)'; Expected = 'json:"x"' }
        @{ Call = '__padStart "5" 3 "0"'; Expected = 'json:"005"' }
        @{ Call = '__padStart "abc" 10 "123"'; Expected = 'json:"1231231abc"' }
        @{ Call = '__padStart "abc" 6 $null'; Expected = 'json:"   abc"' }
        @{ Call = '__padStart "abc" 6 ""'; Expected = 'json:"abc"' }
        @{ Call = '__padStart "abc" 2 "x"'; Expected = 'json:"abc"' }
        @{ Call = '__padEnd "abc" 10 "123"'; Expected = 'json:"abc1231231"' }
        @{ Call = '__padEnd "abc" 5.9 "-"'; Expected = 'json:"abc--"' }
        @{ Call = '__padEnd "abc" ([double]::NaN) "-"'; Expected = 'json:"abc"' }
        @{ Call = '__fromCharCode 65'; Expected = 'json:"A"' }
        @{ Call = '__fromCharCode 65601'; Expected = 'json:"A"' }
        @{ Call = '__fromCharCode -1'; Expected = 'json:"{u+ffff}"' }
        @{ Call = '__fromCharCode 66.9'; Expected = 'json:"B"' }
    )
    arrays = @(
        @{ Call = '__join @(1, $null, [DBNull]::Value, "a") $null'; Expected = 'json:"1,,,a"' }
        @{ Call = '__join @(1, 2) ""'; Expected = 'json:"12"' }
        @{ Call = '__join @(@(1, 2), @(3)) ";"'; Expected = 'json:"1,2;3"' }
        @{ Call = '__join @($true, 1.5, $negZero, 1e21) "|"'; Expected = 'json:"true|1.5|0|1e+21"' }
        @{ Call = '__join ([System.Collections.Generic.List[object]]@()) "x"'; Expected = 'json:""' }
        @{ Call = '__concat @(1) @(2, 3)'; Expected = 'json:[1,2,3]' }
        @{ Call = '__concat @(1) 2'; Expected = 'json:[1,2]' }
        @{ Call = '$l = [System.Collections.Generic.List[object]]::new(); $l.Add([System.Collections.Generic.List[object]]@(2)); __concat @(1) $l'; Expected = 'json:[1,[2]]' }
        @{ Call = '__concat ([System.Collections.Generic.List[object]]@()) "ab"'; Expected = 'json:["ab"]' }
        @{ Call = '__slice @(1, 2, 3, 4) 1 -1'; Expected = 'json:[2,3]' }
        @{ Call = '__slice @(1, 2, 3, 4) -2 $null'; Expected = 'json:[3,4]' }
        @{ Call = '__slice @(1, 2, 3) 5 $null'; Expected = 'json:[]' }
        @{ Call = '__slice @(1, 2, 3) $null $null'; Expected = 'json:[1,2,3]' }
        @{ Call = '__arrIndexOf @(1, "1", 1.0) "1" $null'; Expected = 'number:1' }
        @{ Call = '__arrIndexOf @(1, [double]::NaN) ([double]::NaN) $null'; Expected = 'number:-1' }
        @{ Call = '__arrIndexOf @("a", "A") "A" $null'; Expected = 'number:1' }
        @{ Call = '__arrIndexOf @(1, 2, 1) 1 1'; Expected = 'number:2' }
        @{ Call = '__arrIndexOf @(0, $null) ([DBNull]::Value) $null'; Expected = 'number:-1' }
        @{ Call = '__arrIndexOf ([System.Collections.Generic.List[object]]@(1, $null)) $null $null'; Expected = 'number:1' }
        @{ Call = '__arrIncludes @(1, [double]::NaN) ([double]::NaN) $null'; Expected = 'json:true' }
        @{ Call = '__arrIncludes @($negZero) 0 $null'; Expected = 'json:true' }
        @{ Call = '__arrIncludes @("a") "A" $null'; Expected = 'json:false' }
        @{ Call = '__arrIncludes @(1, 2) ([long]2) $null'; Expected = 'json:true' }
        @{ Call = '__arrFrom ("a" + [char]0xD83D + [char]0xDE00 + "b")'; Expected = 'json:["a","{u+d83d}{u+de00}","b"]' }
        @{ Call = '__arrFrom ([string][char]0xD800 + "x")'; Expected = 'json:["\ud800","x"]' }
        @{ Call = '__arrFrom @(1, 2)'; Expected = 'json:[1,2]' }
        @{ Call = '__arrFrom ([byte[]](7, 8))'; Expected = 'json:[7,8]' }
        @{ Call = '__arrSort @(10, 9, 1, 100, 2) $null'; Expected = 'json:[1,10,100,2,9]' }
        @{ Call = '__arrSort ([System.Collections.Generic.List[object]]@("b", $null, "a", "B", [DBNull]::Value)) $null'; Expected = 'json:["B","a","b",null,null]' }
        @{ Call = '__arrSort @(3, 1, 2) { param($a, $b) return , ($a - $b) }'; Expected = 'json:[1,2,3]' }
        @{ Call = '__arrSort @(3, 1, 2) { param($a, $b) return , ($b - $a) }'; Expected = 'json:[3,2,1]' }
        @{ Call = '__arrSort @([string][char]0xE9, "z", "e", "Z") $null'; Expected = 'json:["Z","e","z","{u+00e9}"]' }
        @{ Call = '__arrSort @(@(2), @(1, 5), 10) $null'; Expected = 'json:[[1,5],10,[2]]' }
        @{ Call = '__arrReverse ([System.Collections.Generic.List[object]]@(1, 2, 3))'; Expected = 'json:[3,2,1]' }
        @{ Call = '__arrPop ([System.Collections.Generic.List[object]]@(1, 2, 3))'; Expected = 'number:3' }
        @{ Call = '__arrPop ([System.Collections.Generic.List[object]]@())'; Expected = 'undefined' }
        @{ Call = '__arrMap @(1, 2, 3) { param($x, $i) return , ($x * 10 + $i) }'; Expected = 'json:[10,21,32]' }
        @{ Call = '__arrMap @(1, 2) { param($x, $i) return , [System.Collections.Generic.List[object]]@($x) }'; Expected = 'json:[[1],[2]]' }
        @{ Call = '__arrMap ([System.Collections.Generic.List[object]]@()) { param($x, $i) return , $x }'; Expected = 'json:[]' }
        @{ Call = '__arrFilter @(1, 2, 3, 4) { param($x, $i) return , ($x % 2 -eq 0) }'; Expected = 'json:[2,4]' }
        @{ Call = '__arrFilter @(1, 2) { param($x, $i) return , $false }'; Expected = 'json:[]' }
        @{ Call = '__arrSome @(1, 2, 3) { param($x, $i) return , ($x -gt 2) }'; Expected = 'json:true' }
        @{ Call = '__arrSome ([System.Collections.Generic.List[object]]@()) { param($x, $i) return , $true }'; Expected = 'json:false' }
        @{ Call = '__arrEvery @(1, 2, 3) { param($x, $i) return , ($x -gt 0) }'; Expected = 'json:true' }
        @{ Call = '__arrEvery ([System.Collections.Generic.List[object]]@()) { param($x, $i) return , $false }'; Expected = 'json:true' }
        @{ Call = '__arrFind @(1, 2, 3) { param($x, $i) return , ($x -gt 1) }'; Expected = 'number:2' }
        @{ Call = '__arrFind @(1, 2, 3) { param($x, $i) return , ($x -gt 5) }'; Expected = 'undefined' }
        @{ Call = '__arrFindIndex @(1, 2, 3) { param($x, $i) return , ($x -gt 1) }'; Expected = 'number:1' }
        @{ Call = '__arrFindIndex @(1, 2, 3) { param($x, $i) return , ($x -gt 5) }'; Expected = 'number:-1' }
        @{ Call = '__arrReduce @(1, 2, 3) { param($acc, $x, $i) return , ($acc + $x * $i) } 100'; Expected = 'number:108' }
        @{ Call = '__arrReduce ([System.Collections.Generic.List[object]]@()) { param($acc, $x, $i) return , 0 } "init"'; Expected = 'json:"init"' }
        @{ Call = '__arrForEach @(1, 2) { param($x, $i) return , $x }'; Expected = 'undefined' }
        @{ Call = '__objectKeys ([pscustomobject][ordered]@{ b = 1; a = $null; c = [DBNull]::Value })'; Expected = 'json:["b","c"]' }
        @{ Call = '__objectKeys ([pscustomobject]@{})'; Expected = 'json:[]' }
    )
    numbers = @(
        @{ Call = '__parseInt "  42px" $null'; Expected = 'number:42' }
        @{ Call = '__parseInt "0x1F" $null'; Expected = 'number:31' }
        @{ Call = '__parseInt "0x1F" 16'; Expected = 'number:31' }
        @{ Call = '__parseInt "0x1F" 10'; Expected = 'number:0' }
        @{ Call = '__parseInt "-0x1F" $null'; Expected = 'number:-31' }
        @{ Call = '__parseInt "ff" 16'; Expected = 'number:255' }
        @{ Call = '__parseInt "FF" 16'; Expected = 'number:255' }
        @{ Call = '__parseInt "g" 16'; Expected = 'number:NaN' }
        @{ Call = '__parseInt "" $null'; Expected = 'number:NaN' }
        @{ Call = '__parseInt "-" $null'; Expected = 'number:NaN' }
        @{ Call = '__parseInt "-0" $null'; Expected = 'number:-0' }
        @{ Call = '__parseInt "3.99" $null'; Expected = 'number:3' }
        @{ Call = '__parseInt "1e3" $null'; Expected = 'number:1' }
        @{ Call = '__parseInt "123456789012345678901234567890" $null'; Expected = 'number:1.2345678901234568e+29' }
        @{ Call = '__parseInt "9007199254740993" $null'; Expected = 'number:9007199254740992' }
        @{ Call = '__parseInt "0x20000000000001F" $null'; Expected = 'number:144115188075855900' }
        @{ Call = '__parseInt "z" 36'; Expected = 'number:35' }
        @{ Call = '__parseInt "10" 1'; Expected = 'number:NaN' }
        @{ Call = '__parseInt "10" 37'; Expected = 'number:NaN' }
        @{ Call = '__parseInt "10" 0'; Expected = 'number:10' }
        @{ Call = '__parseInt "2147483648" $null'; Expected = 'number:2147483648' }
        @{ Call = '__parseInt 0.0000005 $null'; Expected = 'number:5' }
        @{ Call = '__parseInt 1e21 $null'; Expected = 'number:1' }
        @{ Call = '__parseInt ([string][char]0xA0 + [char]0xFEFF + "7") $null'; Expected = 'number:7' }
        @{ Call = '__toNumber ""'; Expected = 'number:0' }
        @{ Call = '__toNumber "  12  "'; Expected = 'number:12' }
        @{ Call = '__toNumber "0x1A"'; Expected = 'number:26' }
        @{ Call = '__toNumber "-0x1A"'; Expected = 'number:NaN' }
        @{ Call = '__toNumber "0b101"'; Expected = 'number:5' }
        @{ Call = '__toNumber "0o17"'; Expected = 'number:15' }
        @{ Call = '__toNumber "Infinity"'; Expected = 'number:Infinity' }
        @{ Call = '__toNumber "-Infinity"'; Expected = 'number:-Infinity' }
        @{ Call = '__toNumber "infinity"'; Expected = 'number:NaN' }
        @{ Call = '__toNumber "12px"'; Expected = 'number:NaN' }
        @{ Call = '__toNumber ".5"'; Expected = 'number:0.5' }
        @{ Call = '__toNumber "5."'; Expected = 'number:5' }
        @{ Call = '__toNumber "."'; Expected = 'number:NaN' }
        @{ Call = '__toNumber "1e1000"'; Expected = 'number:Infinity' }
        @{ Call = '__toNumber "-0"'; Expected = 'number:-0' }
        @{ Call = '__toNumber "1_000"'; Expected = 'number:NaN' }
        @{ Call = '__toNumber $true'; Expected = 'number:1' }
        @{ Call = '__toNumber $false'; Expected = 'number:0' }
        @{ Call = '__toNumber $null'; Expected = 'number:NaN' }
        @{ Call = '__toNumber ([DBNull]::Value)'; Expected = 'number:0' }
        @{ Call = '__toNumber 5'; Expected = 'number:5' }
        @{ Call = '__toNumber @(7)'; Expected = 'number:7' }
        @{ Call = '__toNumber ([System.Collections.Generic.List[object]]@())'; Expected = 'number:0' }
        @{ Call = '__toNumber ([pscustomobject]@{})'; Expected = 'number:NaN' }
        @{ Call = '__numToString 255 16'; Expected = 'json:"ff"' }
        @{ Call = '__numToString -255 2'; Expected = 'json:"-11111111"' }
        @{ Call = '__numToString 0 36'; Expected = 'json:"0"' }
        @{ Call = '__numToString 1e21 16'; Expected = 'json:"3635c9adc5dea00000"' }
        @{ Call = '__numToString 1e21 36'; Expected = 'json:"5v1j4f4ds7c000"' }
        @{ Call = '__numToString 4294967295 16'; Expected = 'json:"ffffffff"' }
        @{ Call = '__numToString 1.5 $null'; Expected = 'json:"1.5"' }
        @{ Call = '__numToString 1.5 10'; Expected = 'json:"1.5"' }
        @{ Call = '__numToString ([double]::NaN) 16'; Expected = 'json:"NaN"' }
        @{ Call = '__numToString ([double]::NegativeInfinity) 2'; Expected = 'json:"-Infinity"' }
        @{ Call = '__numToString 2.1e22 7'; Expected = 'json:"214420425431610120600000000"' }
        @{ Call = '__isInteger 5'; Expected = 'json:true' }
        @{ Call = '__isInteger 5.0'; Expected = 'json:true' }
        @{ Call = '__isInteger 5.5'; Expected = 'json:false' }
        @{ Call = '__isInteger ([double]::PositiveInfinity)'; Expected = 'json:false' }
        @{ Call = '__isInteger "5"'; Expected = 'json:false' }
        @{ Call = '__isInteger 1e300'; Expected = 'json:true' }
        @{ Call = '__mathRound 2.5'; Expected = 'number:3' }
        @{ Call = '__mathRound -2.5'; Expected = 'number:-2' }
        @{ Call = '__mathRound 0.49999999999999994'; Expected = 'number:0' }
        @{ Call = '__mathRound -0.4'; Expected = 'number:-0' }
        @{ Call = '__mathRound -0.5'; Expected = 'number:-0' }
        @{ Call = '__mathRound 4503599627370497'; Expected = 'number:4503599627370497' }
        @{ Call = '__mathRound ([double]::NaN)'; Expected = 'number:NaN' }
        @{ Call = '__mathRound 7'; Expected = 'number:7' }
        @{ Call = '__mathRound -1.5'; Expected = 'number:-1' }
        @{ Call = '__mathRound 1.4999999999999998'; Expected = 'number:1' }
        @{ Call = '__mathSign -3'; Expected = 'number:-1' }
        @{ Call = '__mathSign 0.1'; Expected = 'number:1' }
        @{ Call = '__mathSign $negZero'; Expected = 'number:-0' }
        @{ Call = '__mathSign ([double]::NaN)'; Expected = 'number:NaN' }
        @{ Call = '__mathSign 0'; Expected = 'number:0' }
        @{ Call = '__mapKey 1'; Expected = 'number:1' }
        @{ Call = '__mapKey ([long]1)'; Expected = 'number:1' }
        @{ Call = '__mapKey $negZero'; Expected = 'number:0' }
        @{ Call = '__mapKey "1"'; Expected = 'json:"1"' }
    )
    }
}

BeforeAll {
    $runtimeDir = Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') (Join-Path 'codegen' 'runtime')
    foreach ($f in (Get-ChildItem -Path $runtimeDir -Filter '*.ps1')) { . $f.FullName }
    # -0 as a value (a bare -0.0 command argument would be the string '-0.0')
    $negZero = [BitConverter]::Int64BitsToDouble([long]::MinValue)

    function Format-RuntimeResult {
        param($Value)
        if ($null -eq $Value) { return 'undefined' }
        if ($Value -is [DBNull]) { return 'null' }
        $tc = [int][Type]::GetTypeCode($Value.GetType())
        if ($tc -ge 5 -and $tc -le 15) {
            if (($tc -eq 13 -or $tc -eq 14) -and [double]$Value -eq 0 -and [double]::IsNegativeInfinity(1.0 / [double]$Value)) { return 'number:-0' }
            return 'number:' + (__numStr $Value)
        }
        return 'json:' + (__toJson $Value)
    }

    function ConvertFrom-EscapedExpected {
        param([string]$Text)
        return [regex]::Replace($Text, '\{u\+([0-9a-f]{4})\}', { param($m) [string][char][Convert]::ToInt32($m.Groups[1].Value, 16) })
    }

    function Invoke-RuntimeCall {
        param([string]$Call)
        try {
            $r = & ([scriptblock]::Create($Call))
            return (Format-RuntimeResult $r)
        } catch {
            return 'throw'
        }
    }
}

Describe 'Runtime helper vectors computed by Node' {
    foreach ($group in @('__numStr', '__str', '__toJson', '__strictEq', '__div', '__mod', '__toInt32', '__toUint32', 'bitwise', '__at', 'strings', 'arrays', 'numbers')) {
        Context $group {
            It '<Call>' -ForEach $vectors[$group] {
                Invoke-RuntimeCall $Call | Should -BeExactly (ConvertFrom-EscapedExpected $Expected)
            }
        }
    }
}

Describe 'Result types' {
    It '__toInt32 and the int32 bitwise helpers return [int]' {
        __toInt32 4294967295.0 | Should -BeOfType [int]
        __band 1 3 | Should -BeOfType [int]
        __bor 2147483648 0 | Should -BeOfType [int]
        __bxor 1 1 | Should -BeOfType [int]
        __bnot 5 | Should -BeOfType [int]
        __shl 1 31 | Should -BeOfType [int]
        __shr -1 1 | Should -BeOfType [int]
    }
    It '__toUint32 and __ushr return [long] in [0, 2^32)' {
        __toUint32 -1 | Should -BeOfType [long]
        __toUint32 -1 | Should -Be 4294967295
        __ushr -1 0 | Should -BeOfType [long]
        __ushr -1 0 | Should -Be 4294967295
    }
    It '__div and __mod return [double] for doubles and never throw on zero' {
        __div 1 0 | Should -BeOfType [double]
        __div 7 2 | Should -Be 3.5
        __mod 5 0 | Should -BeOfType [double]
        [double]::IsNaN((__mod 5 0)) | Should -BeTrue
        [double]::IsNegativeInfinity(1.0 / (__mod -4 2)) | Should -BeTrue
    }
    It '__charCodeAt returns [int], NaN as [double] when out of range' {
        __charCodeAt 'A' 0 | Should -BeOfType [int]
        __charCodeAt 'A' 1 | Should -BeOfType [double]
    }
    It 'string helpers return [string]' {
        __strAt 'abc' 0 | Should -BeOfType [string]
        __charAt 'abc' 0 | Should -BeOfType [string]
        __fromCharCode 65 | Should -BeOfType [string]
        __numStr 1 | Should -BeOfType [string]
        __str 1 | Should -BeOfType [string]
    }
    It '__strAt and __at return $null (undefined) out of range, never [DBNull]' {
        $null -eq (__strAt 'abc' 3) | Should -BeTrue
        $null -eq (__at ([System.Collections.Generic.List[object]]@(1)) -1) | Should -BeTrue
    }
    It '__mapKey turns any .NET numeric into [double] and -0 into +0' {
        __mapKey 1 | Should -BeOfType [double]
        __mapKey ([long]1) | Should -BeOfType [double]
        __mapKey ([byte]1) | Should -BeOfType [double]
        [double]::IsPositiveInfinity(1.0 / (__mapKey $negZero)) | Should -BeTrue
        __mapKey 'k' | Should -BeExactly 'k'
    }
    It 'Map keys normalised by __mapKey collide like JS SameValueZero in an Ordinal OrderedDictionary' {
        $m = [System.Collections.Specialized.OrderedDictionary]::new([System.StringComparer]::Ordinal)
        $m[(__mapKey 1)] = 'int'
        $m[(__mapKey 1.0)] = 'double'
        $m[(__mapKey ([long]1))] = 'long'
        $m[(__mapKey $negZero)] = 'minus zero'
        $m[(__mapKey 0)] = 'zero'
        $m[(__mapKey 'a')] = 'a'
        $m[(__mapKey 'A')] = 'A'
        $m[(__mapKey ([double]::NaN))] = 'nan1'
        $m[(__mapKey ([double]::NaN))] = 'nan2'
        $m.Count | Should -Be 5
        $m[[double]1] | Should -BeExactly 'long'
        $m[[double]0] | Should -BeExactly 'zero'
        $m['A'] | Should -BeExactly 'A'
    }
}

Describe 'Returned lists are never unrolled' {
    It '<Name> returns a List[object] even for 0 or 1 elements' -ForEach @(
        @{ Name = '__slice (empty)'; Call = { __slice ([System.Collections.Generic.List[object]]@(1)) 1 $null } }
        @{ Name = '__slice (one)'; Call = { __slice ([System.Collections.Generic.List[object]]@(1, 2)) 1 $null } }
        @{ Name = '__split (one)'; Call = { __split 'abc' ',' $null } }
        @{ Name = '__split (empty)'; Call = { __split '' '' $null } }
        @{ Name = '__concat (one)'; Call = { __concat ([System.Collections.Generic.List[object]]@()) 1 } }
        @{ Name = '__arrMap (one)'; Call = { __arrMap ([System.Collections.Generic.List[object]]@(1)) { param($x, $i) return , $x } } }
        @{ Name = '__arrFilter (none)'; Call = { __arrFilter ([System.Collections.Generic.List[object]]@(1)) { param($x, $i) return , $false } } }
        @{ Name = '__arrFrom (one char)'; Call = { __arrFrom 'a' } }
        @{ Name = '__objectKeys (one)'; Call = { __objectKeys ([pscustomobject]@{ a = 1 }) } }
        @{ Name = '__arrSort (one)'; Call = { __arrSort ([System.Collections.Generic.List[object]]@(1)) $null } }
        @{ Name = '__arrReverse (empty)'; Call = { __arrReverse ([System.Collections.Generic.List[object]]::new()) } }
    ) {
        $r = & $Call
        , $r | Should -BeOfType [System.Collections.Generic.List[object]]
    }
    It 'element reads return a nested list as one value' {
        $inner = [System.Collections.Generic.List[object]]@(7)
        $outer = [System.Collections.Generic.List[object]]::new()
        $outer.Add($inner)
        $r = __at $outer 0
        [object]::ReferenceEquals($r, $inner) | Should -BeTrue
        $r = __arrPop $outer
        [object]::ReferenceEquals($r, $inner) | Should -BeTrue
        $outer.Count | Should -Be 0
        $outer.Add($inner)
        $r = __arrFind $outer { param($x, $i) return , $true }
        [object]::ReferenceEquals($r, $inner) | Should -BeTrue
        $r = __arrReduce $outer { param($acc, $x, $i) return , $x } $null
        [object]::ReferenceEquals($r, $inner) | Should -BeTrue
    }
    It 'a callback returning a one-element list keeps it a list' {
        $r = __arrMap ([System.Collections.Generic.List[object]]@(1, 2)) { param($x, $i) return , ([System.Collections.Generic.List[object]]@($x)) }
        $r[0] | Should -HaveCount 1
        , $r[0] | Should -BeOfType [System.Collections.Generic.List[object]]
        __toJson $r | Should -BeExactly '[[1],[2]]'
    }
}

Describe 'In-place mutation' {
    It '__arrSort sorts in place, returns the same list and is stable' {
        $l = [System.Collections.Generic.List[object]]::new()
        $keys = @(3, 1, 2, 1, 3, 2, 1, 0, 2, 3, 0, 1, 2, 2, 0, 3, 1)
        for ($j = 0; $j -lt $keys.Count; $j++) { $l.Add([pscustomobject][ordered]@{ k = $keys[$j]; n = $j }) }
        $r = __arrSort $l { param($a, $b) return , ($a.k - $b.k) }
        [object]::ReferenceEquals($r, $l) | Should -BeTrue
        # Node: the same input sorted by k keeps the original order within equal keys
        (($l | ForEach-Object { $_.n }) -join ',') | Should -BeExactly '7,10,14,1,3,6,11,16,2,5,8,12,13,0,4,9,15'
    }
    It '__arrSort sorts an object[] in place too' {
        $a = [object[]]@(3, 1, 2)
        $r = __arrSort $a $null
        [object]::ReferenceEquals($r, $a) | Should -BeTrue
        ($a -join ',') | Should -BeExactly '1,2,3'
    }
    It '__arrSort puts undefined last without calling the comparator for it' {
        $calls = [System.Collections.Generic.List[object]]::new()
        $l = [System.Collections.Generic.List[object]]@(2, $null, 1)
        $null = __arrSort $l { param($a, $b) $calls.Add($a); $calls.Add($b); return , ($a - $b) }
        __toJson $l | Should -BeExactly '[1,2,null]'
        $calls.Contains($null) | Should -BeFalse
    }
    It '__arrReverse reverses in place and returns the same list' {
        $l = [System.Collections.Generic.List[object]]@(1, 2, 3)
        $r = __arrReverse $l
        [object]::ReferenceEquals($r, $l) | Should -BeTrue
        __toJson $l | Should -BeExactly '[3,2,1]'
    }
    It '__slice and __concat return new lists and leave their inputs alone' {
        $l = [System.Collections.Generic.List[object]]@(1, 2)
        $s = __slice $l $null $null
        $c = __concat $l ([System.Collections.Generic.List[object]]@(3))
        [object]::ReferenceEquals($s, $l) | Should -BeFalse
        $s.Add(9); $c.Add(9)
        __toJson $l | Should -BeExactly '[1,2]'
    }
}

Describe 'Callbacks see the caller''s variables (dynamic scoping), never a helper''s locals' {
    It '<Helper> callback reads caller variables named like common locals' -ForEach @(
        @{ Helper = '__arrMap' }, @{ Helper = '__arrFilter' }, @{ Helper = '__arrSome' }, @{ Helper = '__arrEvery' },
        @{ Helper = '__arrFind' }, @{ Helper = '__arrFindIndex' }, @{ Helper = '__arrForEach' }
    ) {
        $i = 'outer-i'; $n = 'outer-n'; $r = 'outer-r'; $e = 'outer-e'; $len = 'outer-len'; $list = 'outer-list'
        $fn = 'outer-fn'; $v = 'outer-v'; $k = 'outer-k'; $p = 'outer-p'; $s = 'outer-s'; $d = 'outer-d'
        $seen = [System.Collections.Generic.List[object]]::new()
        $cb = { param($x, $ix) $seen.Add("$i $n $r $e $len $list $fn $v $k $p $s $d"); return , ($Helper -eq '__arrEvery') }
        $null = & $Helper ([System.Collections.Generic.List[object]]@(1, 2)) $cb
        $seen.Count | Should -BeGreaterThan 0
        $seen[0] | Should -BeExactly 'outer-i outer-n outer-r outer-e outer-len outer-list outer-fn outer-v outer-k outer-p outer-s outer-d'
    }
    It '__arrReduce and __arrSort callbacks read caller variables' {
        $acc = 'outer'; $a = 'A'; $b = 'B'; $m = 'outer-m'; $w = 'outer-w'; $lo = 'outer-lo'; $hi = 'outer-hi'
        $seen = [System.Collections.Generic.List[object]]::new()
        $null = __arrReduce ([System.Collections.Generic.List[object]]@(1)) { param($x, $y, $z) $seen.Add("$m $w $lo $hi"); return , 0 } 0
        $null = __arrSort ([System.Collections.Generic.List[object]]@(2, 1)) { param($x, $y) $seen.Add("$m $w $lo $hi $a $b"); return , ($x - $y) }
        $seen[0] | Should -BeExactly 'outer-m outer-w outer-lo outer-hi'
        $seen[1] | Should -BeExactly 'outer-m outer-w outer-lo outer-hi A B'
    }
    It 'a helper does not leak its locals into the caller' {
        $null = __toJson ([System.Collections.Generic.List[object]]@(1, 'a'))
        $null = __arrSort ([System.Collections.Generic.List[object]]@(2, 1)) $null
        Test-Path variable:__sb | Should -BeFalse
        Test-Path variable:__i | Should -BeFalse
    }
}

Describe 'Errors' {
    It '__numToString throws for a fractional number in a radix other than 10' {
        { __numToString 1.5 16 } | Should -Throw -ExpectedMessage 'PSC runtime: fractional toString(radix) not supported'
    }
    It '__numToString throws a RangeError for a radix outside 2..36' {
        { __numToString 5 37 } | Should -Throw -ExpectedMessage 'RangeError*'
        { __numToString 5 1 } | Should -Throw -ExpectedMessage 'RangeError*'
    }
    It '__arrFrom throws for undefined and null' {
        { __arrFrom $null } | Should -Throw
        { __arrFrom ([DBNull]::Value) } | Should -Throw
    }
}

Describe '__toJson on large values' {
    It 'writes a ~150 KB array of objects exactly' {
        $list = [System.Collections.Generic.List[object]]::new()
        $sb = [System.Text.StringBuilder]::new()
        [void]$sb.Append('[')
        for ($j = 0; $j -lt 2000; $j++) {
            $list.Add([pscustomobject][ordered]@{ id = $j; name = "entry $j"; path = 'C:\Windows\system32\x.dll'; skip = $null; n = [DBNull]::Value; f = [System.Collections.Generic.List[object]]@($true, 0.5) })
            if ($j -gt 0) { [void]$sb.Append(',') }
            [void]$sb.Append('{"id":').Append($j).Append(',"name":"entry ').Append($j).Append('","path":"C:\\Windows\\system32\\x.dll","n":null,"f":[true,0.5]}')
        }
        [void]$sb.Append(']')
        $json = __toJson $list
        $json.Length | Should -BeGreaterThan 100000
        $json | Should -BeExactly $sb.ToString()
    }
}

Describe 'codegen/runtime folder' {
    It '<Name>.ps1 defines exactly the function script:<Name>, has a purpose line and valid requires' -ForEach $helperFiles {
        $tokens = $null; $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
        $errors | Should -BeNullOrEmpty
        $fns = @($ast.FindAll({ param($x) $x -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true))
        $fns.Count | Should -Be 1
        # script-scoped, so the module's core file can be dot-sourced from its loader function
        $fns[0].Name | Should -BeExactly "script:$Name"
        @($ast.EndBlock.Statements).Count | Should -Be 1
        $lines = [System.IO.File]::ReadAllLines($Path)
        $lines[0] | Should -Match '^# \S'
        $lines[0] | Should -Not -Match '^# requires:'
        if ($lines[1] -match '^# requires:\s*(.*)$') {
            foreach ($req in ($Matches[1] -split ',')) {
                $req = $req.Trim()
                Test-Path (Join-Path (Split-Path $Path) "$req.ps1") | Should -BeTrue -Because "$Name requires $req"
            }
        }
        # parameters and locals start with __ (callbacks read the caller's variables through dynamic scoping);
        # a script-scope cache ($script:__name) follows the same rule
        $vars = @($ast.FindAll({ param($x) $x -is [System.Management.Automation.Language.VariableExpressionAst] }, $true) |
            ForEach-Object { $_.VariablePath.UserPath -replace '^script:', '' } | Where-Object { $_ -notin @('null', 'true', 'false') -and -not $_.StartsWith('__') })
        $vars | Should -BeNullOrEmpty
    }
}
