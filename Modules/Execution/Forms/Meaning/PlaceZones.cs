namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Which <see cref="TimeZones"/> zone a place keeps. States and countries that span zones are <see cref="Spans"/>: only
/// a city listed here decides them (El Paso keeps Mountain Time, the rest of Texas Central Time). Keys are normalised
/// (<see cref="TextNorm.Normalize"/>): US states and Canadian provinces by postal code, countries by ISO code or name.
/// </summary>
internal static class PlaceZones
{
    /// <summary>A place that keeps more than one zone.</summary>
    public const string Spans = "spans";

    public static readonly IReadOnlyDictionary<string, string> UsStates = Group(
        ("hawaii", "hi"), ("alaska", "ak"), ("pacific", "ca wa nv or"), ("arizona", "az"), ("mountain", "mt wy co ut nm"),
        ("central", "ok mn ia mo ar la ms al wi il"), ("eastern", "me nh vt ma ri ct ny nj pa de md dc va wv nc sc ga oh"),
        (Spans, "fl tx tn ky in mi nd sd ne ks id"));

    public static readonly IReadOnlyDictionary<string, string> CanadianRegions = Group(
        ("pacific", "bc"), ("mountain", "ab"), ("saskatchewan", "sk"), ("central", "mb"), ("eastern", "on qc"),
        ("atlantic", "nb ns pe"), ("newfoundland", "nl"));

    public static readonly IReadOnlyDictionary<string, string> AustralianRegions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["new south wales"] = "sydney", ["nsw"] = "sydney", ["victoria"] = "sydney", ["vic"] = "sydney", ["tasmania"] = "sydney", ["tas"] = "sydney",
        ["australian capital territory"] = "sydney", ["act"] = "sydney", ["queensland"] = "brisbane", ["qld"] = "brisbane",
        ["south australia"] = "adelaide", ["sa"] = "adelaide", ["northern territory"] = "darwin", ["nt"] = "darwin",
        ["western australia"] = "perth", ["wa"] = "perth",
    };

    /// <summary>Countries by ISO code (as <see cref="Meaning.Countries"/> knows them) or normalised name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GB"] = "london", ["IE"] = "london", ["PT"] = "london", ["DE"] = "berlin", ["FR"] = "berlin", ["ES"] = "berlin", ["IT"] = "berlin",
        ["NL"] = "berlin", ["BE"] = "berlin", ["CH"] = "berlin", ["AT"] = "berlin", ["SE"] = "berlin", ["NO"] = "berlin", ["DK"] = "berlin",
        ["PL"] = "berlin", ["FI"] = "athens", ["UA"] = "athens", ["IL"] = "jerusalem", ["ZA"] = "johannesburg", ["AE"] = "dubai",
        ["IN"] = "kolkata", ["SG"] = "singapore", ["PH"] = "manila", ["JP"] = "tokyo", ["KR"] = "seoul", ["NZ"] = "auckland",
        ["AR"] = "argentina", ["CN"] = "shanghai", ["US"] = Spans, ["CA"] = Spans, ["AU"] = Spans, ["BR"] = Spans, ["MX"] = Spans,
        ["czech republic"] = "berlin", ["czechia"] = "berlin", ["hungary"] = "berlin", ["greece"] = "athens", ["romania"] = "athens",
        ["bulgaria"] = "athens", ["estonia"] = "athens", ["latvia"] = "athens", ["lithuania"] = "athens", ["nigeria"] = "lagos",
        ["kenya"] = "nairobi", ["turkey"] = "istanbul", ["turkiye"] = "istanbul", ["pakistan"] = "karachi", ["bangladesh"] = "dhaka",
        ["thailand"] = "bangkok", ["vietnam"] = "bangkok", ["malaysia"] = "singapore", ["hong kong"] = "shanghai", ["taiwan"] = "shanghai",
        ["colombia"] = "bogota", ["peru"] = "bogota", ["russia"] = Spans, ["indonesia"] = Spans,
    };

    /// <summary>
    /// Cities that decide a zone their state or country spans, or keep another than their region's, keyed
    /// "city|region" (a US state or Canadian province by postal code) or "city|country" (ISO code): a city's name alone
    /// is not a place (Portland, Oregon and Portland, Maine).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Cities = In(
        ("tx", "mountain", "el paso|horizon city|socorro"),
        ("tx", "central", "houston|dallas|austin|san antonio|fort worth|arlington|plano|corpus christi|lubbock|amarillo|laredo|irving|frisco|mckinney|round rock|waco|midland|odessa"),
        ("tn", "central", "nashville|memphis|clarksville|murfreesboro|jackson|franklin"),
        ("tn", "eastern", "knoxville|chattanooga|johnson city|kingsport"),
        ("ky", "central", "bowling green|owensboro|paducah"),
        ("ky", "eastern", "louisville|lexington|frankfort|covington"),
        ("in", "central", "evansville|gary|hammond"),
        ("in", "eastern", "indianapolis|fort wayne|bloomington|south bend|carmel|fishers|lafayette|muncie"),
        ("mi", "central", "iron mountain|menominee|ironwood"),
        ("mi", "eastern", "detroit|grand rapids|ann arbor|lansing|flint|kalamazoo|traverse city|marquette"),
        ("fl", "central", "pensacola|panama city|destin|fort walton beach"),
        ("fl", "eastern", "miami|orlando|tampa|jacksonville|tallahassee|st petersburg|fort lauderdale|gainesville|sarasota|naples|west palm beach|boca raton"),
        ("nd", "central", "fargo|bismarck|grand forks|minot|williston"),
        ("nd", "mountain", "dickinson"),
        ("sd", "central", "sioux falls|aberdeen|brookings|watertown|pierre"),
        ("sd", "mountain", "rapid city|spearfish"),
        ("ne", "central", "omaha|lincoln|grand island|kearney|north platte"),
        ("ne", "mountain", "scottsbluff"),
        ("ks", "central", "wichita|topeka|overland park|kansas city|lawrence|olathe|manhattan|salina|dodge city"),
        ("ks", "mountain", "goodland"),
        ("id", "mountain", "boise|nampa|meridian|idaho falls|pocatello|twin falls"),
        ("id", "pacific", "coeur d alene|lewiston|moscow|sandpoint|post falls"),
        ("ak", "alaska", "anchorage|fairbanks|juneau|sitka|ketchikan"),
        ("ak", "hawaii", "adak"),
        ("or", "mountain", "ontario"),
        ("on", "central", "kenora"),
        ("bc", "mountain", "cranbrook"),
        ("BR", "brasilia", "sao paulo|rio de janeiro|brasilia|belo horizonte|curitiba|porto alegre|salvador|recife|fortaleza|florianopolis"),
        ("MX", "mexico", "mexico city|ciudad de mexico|guadalajara|monterrey|puebla|queretaro"),
        ("MX", "pacific", "tijuana|mexicali"),
        ("AU", "sydney", "sydney|melbourne|canberra|hobart"),
        ("AU", "brisbane", "brisbane|gold coast"),
        ("AU", "adelaide", "adelaide"),
        ("AU", "perth", "perth"),
        ("AU", "darwin", "darwin"));

    private static Dictionary<string, string> Group(params (string Zone, string Places)[] groups) =>
        groups.SelectMany(g => g.Places.Split(' ').Select(p => (p, g.Zone))).ToDictionary(p => p.p, p => p.Zone, StringComparer.Ordinal);

    private static Dictionary<string, string> In(params (string Place, string Zone, string Names)[] groups) =>
        groups.SelectMany(g => g.Names.Split('|').Select(n => (Key: $"{n}|{g.Place}", g.Zone))).ToDictionary(p => p.Key, p => p.Zone, StringComparer.Ordinal);
}
