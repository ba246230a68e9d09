using System.Collections.Frozen;

namespace InterviewPrep.Core.Content;

/// <summary>
/// British spellings content must not use, each with the American form to write instead. Every inflection is listed
/// (written out or built from a stem), because the check matches whole words only: "organised" is not "organise".
/// Words that are also correct American English are left out on purpose: "analyses" (the plural of analysis),
/// "dialogue", "licensed", "programmed", "cancellation".
/// </summary>
public static class BritishSpellings
{
    /// <summary>-ise verbs, written as their stem before "is": "organ" stands for organise, organised, organisation...</summary>
    private static readonly string[] IseStems =
    [
        "organ", "priorit", "recogn", "real", "optim", "summar", "apolog", "minim", "maxim", "emphas", "util",
        "standard", "categor", "final", "normal", "custom", "critic", "author", "visual", "special", "stabil",
        "capital", "central", "character", "general", "incentiv", "formal", "familiar", "harmon", "memor",
        "modern", "monet", "operational", "personal", "synchron", "initial", "revolution", "subsid",
    ];

    private static readonly string[] IseEndings =
        ["ise", "ised", "ises", "ising", "isation", "isations", "isational", "iser", "isers"];

    /// <summary>-our nouns, written without "our": "col" stands for colour, colours, coloured, colourful...</summary>
    private static readonly string[] OurStems =
        ["col", "behavi", "fav", "hon", "lab", "neighb", "hum", "rum", "flav", "rig", "harb", "vig", "endeav", "sav"];

    private static readonly string[] OurEndings =
        ["our", "ours", "oured", "ouring", "ourful", "ourable", "ourably", "ourite", "ourites", "oural", "ourally", "ouritism", "ourhood", "ourhoods"];

    /// <summary>Every other word, each with its inflections written out.</summary>
    private static readonly (string British, string American)[] Words =
    [
        ("analyse", "analyze"), ("analysed", "analyzed"), ("analysing", "analyzing"), ("analyser", "analyzer"), ("analysers", "analyzers"),
        ("paralyse", "paralyze"), ("paralysed", "paralyzed"), ("paralysing", "paralyzing"),
        ("centre", "center"), ("centres", "centers"), ("centred", "centered"), ("centring", "centering"),
        ("theatre", "theater"), ("theatres", "theaters"), ("fibre", "fiber"), ("fibres", "fibers"),
        ("metre", "meter"), ("metres", "meters"), ("litre", "liter"), ("litres", "liters"),
        ("kilometre", "kilometer"), ("kilometres", "kilometers"), ("calibre", "caliber"),
        ("practise", "practice"), ("practised", "practiced"), ("practises", "practices"), ("practising", "practicing"),
        ("licence", "license"), ("licences", "licenses"),
        ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"), ("offences", "offenses"),
        ("catalogue", "catalog"), ("catalogues", "catalogs"), ("catalogued", "cataloged"), ("cataloguing", "cataloging"),
        ("programme", "program"), ("programmes", "programs"),
        ("travelled", "traveled"), ("travelling", "traveling"), ("traveller", "traveler"), ("travellers", "travelers"),
        ("cancelled", "canceled"), ("cancelling", "canceling"),
        ("labelled", "labeled"), ("labelling", "labeling"),
        ("modelled", "modeled"), ("modelling", "modeling"), ("modeller", "modeler"), ("modellers", "modelers"),
        ("signalled", "signaled"), ("signalling", "signaling"),
        ("fuelled", "fueled"), ("fuelling", "fueling"), ("levelled", "leveled"), ("levelling", "leveling"),
        ("channelled", "channeled"), ("channelling", "channeling"), ("funnelled", "funneled"), ("funnelling", "funneling"),
        ("totalled", "totaled"), ("totalling", "totaling"), ("tunnelled", "tunneled"), ("tunnelling", "tunneling"),
        ("counselled", "counseled"), ("counselling", "counseling"), ("counsellor", "counselor"), ("counsellors", "counselors"),
        ("focussed", "focused"), ("focussing", "focusing"),
        ("judgement", "judgment"), ("judgements", "judgments"),
        ("whilst", "while"), ("amongst", "among"), ("learnt", "learned"), ("spelt", "spelled"),
        ("artefact", "artifact"), ("artefacts", "artifacts"),
        ("enrol", "enroll"), ("enrols", "enrolls"), ("enrolment", "enrollment"), ("enrolments", "enrollments"),
        ("fulfil", "fulfill"), ("fulfils", "fulfills"), ("fulfilment", "fulfillment"),
        ("instil", "instill"), ("instils", "instills"),
        ("ageing", "aging"),
        ("grey", "gray"), ("greys", "grays"), ("greyed", "grayed"), ("greying", "graying"), ("greyish", "grayish"),
        ("cheque", "check"), ("cheques", "checks"), ("tyre", "tire"), ("tyres", "tires"),
        ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"), ("manoeuvred", "maneuvered"), ("manoeuvring", "maneuvering"),
        ("sceptic", "skeptic"), ("sceptics", "skeptics"), ("sceptical", "skeptical"), ("sceptically", "skeptically"),
        ("scepticism", "skepticism"),
        ("paediatric", "pediatric"), ("paediatrics", "pediatrics"), ("paediatrician", "pediatrician"),
        ("orthopaedic", "orthopedic"), ("anaesthetic", "anesthetic"), ("anaesthesia", "anesthesia"),
        ("oestrogen", "estrogen"), ("haemoglobin", "hemoglobin"),
    ];

    private static readonly FrozenDictionary<string, string> American = Build();

    /// <summary>How many British forms the check knows.</summary>
    public static int Count => American.Count;

    /// <summary>
    /// The American form of <paramref name="word"/> if it is a British spelling, written in the word's own case
    /// ("Prioritise" gives "Prioritize", "COLOUR" gives "COLOR").
    /// </summary>
    public static bool TryGetAmerican(string word, out string american)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!American.TryGetValue(word, out var lower))
        {
            american = string.Empty;
            return false;
        }

        american = word.All(char.IsUpper) && word.Length > 1 ? lower.ToUpperInvariant()
            : char.IsUpper(word[0]) ? char.ToUpperInvariant(lower[0]) + lower[1..]
            : lower;
        return true;
    }

    private static FrozenDictionary<string, string> Build()
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stem in IseStems)
        {
            foreach (var ending in IseEndings)
            {
                pairs[stem + ending] = stem + "iz" + ending[2..];
            }
        }

        foreach (var stem in OurStems)
        {
            foreach (var ending in OurEndings)
            {
                pairs[stem + ending] = stem + "or" + ending[3..];
            }
        }

        foreach (var (british, american) in Words)
        {
            pairs[british] = american;
        }

        return pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
