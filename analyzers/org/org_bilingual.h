// Internal to analyzers/org: Russian names of Kazakhstan's regional bodies written as their Kazakh
// names, so that both spellings of one body get one id: "акимат Павлодарской области" and
// "Павлодарский областной акимат" are "Павлодар облысы әкімдігі"; "маслихат города Алматы" is
// "Алматы қаласы мәслихаты". The head noun is translated by a closed table (акимат -> әкімдігі,
// маслихат -> мәслихаты, суд -> соты ...), the admin word by agreement (области/областной ->
// облысы, района/районный -> ауданы, города/городской -> қаласы), and the place adjective by its
// stem matched against the gazetteer's Kazakh places (павлодарской -> павлодар, алматинской ->
// алматы, кызылординской -> қызылорда); seven regions whose Russian and Kazakh names differ in
// more than letters (Актюбинская/Ақтөбе, Западно-Казахстанская/Батыс Қазақстан ...) are listed.
// National bodies need no rule: their Russian names are aliases in the curated gazetteer
// (Счетный комитет = Есеп комитеті).
// Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>

namespace izdeu::analyzers {
class OrgGazetteer;
}

namespace izdeu::analyzers::org_internal {

// `lower` (folded UTF-8) with the Kazakh-only letters replaced by their Russian neighbours: қ->к,
// ғ->г, ң->н, ә->а, ө->о, ұ/ү->у, і->и, һ->х.
std::string RussianLetters(std::string_view lower);

// The Kazakh name of a Russian regional body given by the folded words of its canonical name
// ("акимат павлодарской области", "павлодарский областной маслихат", "маслихат города алматы"),
// or "" when the name is not of these shapes or its place is unknown. The result is written as
// a Kazakh canonical name would be ("Павлодар облысы әкімдігі").
std::string KazakhNameOfRussian(const OrgGazetteer& gaz, std::string_view key);

}  // namespace izdeu::analyzers::org_internal
