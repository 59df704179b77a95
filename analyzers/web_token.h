// Tokens of the web. ICU keeps a domain (egov.kz, www.akorda.kz), an e-mail address
// (info@gov.kz) and a word glued to a number (астана2050, covid19) as one word; people search for
// their parts: `egov` must find eGov.kz. WebTokenParts lists the parts that are indexed as extra
// terms beside the whole token (the whole token stays one word for phrases and for `egov.kz`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace izdeu::analyzers {

// REQUIRES: `norm` is one word normalised by NormalizeWord. Returns, in order, without
// duplicates and never `norm` itself:
//  - e-mail (a@b.c): the name before '@', the domain, and the domain's parts as below;
//  - domain (a.b.kz): each label but the top-level one, except www; the domain without a
//    leading www. (www.akorda.kz -> akorda, akorda.kz);
//  - letters glued to digits (астана2050): the runs of letters and of digits, 2+ characters.
// Numbers with a decimal point (3.5) and plain words give nothing. Thread-safe.
std::vector<std::string> WebTokenParts(std::string_view norm);

}  // namespace izdeu::analyzers
