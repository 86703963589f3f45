# JS s.includes(search, from): ordinal substring test
# requires: __indexOf
function script:__includes {
    param($__s, $__search, $__from)
    return ((__indexOf $__s $__search $__from) -ge 0)
}
