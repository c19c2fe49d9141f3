using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A time zone as forms name it: its name and abbreviation ("Pacific Time", "PT"), its offsets from UTC in minutes
/// (standard, and in summer when it keeps one), the words options use for it (normalised text), the IANA ids that keep
/// its clock, the zone an option list may name instead (Arizona keeps Mountain Standard Time) and its part of the world.
/// </summary>
internal sealed record Zone(string Key, string Name, int Standard, int? Summer, string Words, string[] Ids, string Region, string? Instead = null)
{
    public Regex Pattern { get; } = new($@"\b({Words})\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);
}

/// <summary>
/// The time zones applicants most often live in, and which one a place is in: a city known here first, then the US
/// state or Canadian or Australian region, then the country. A state or country that spans zones without a known
/// city deciding ("Texas", "Brazil") gives none, so the question waits for a person.
/// </summary>
internal static partial class TimeZones
{
    public const string Topic = "time_zone";

    public static readonly IReadOnlyList<Zone> All =
    [
        new("hawaii", "Hawaii Time (HST)", -600, null, "hawaii\\w*|hst|hast|aleutian|honolulu", ["Pacific/Honolulu", "US/Hawaii"], "americas"),
        new("alaska", "Alaska Time (AKT)", -540, -480, "alaska\\w*|akst|akdt|akt|anchorage|juneau", ["America/Anchorage", "America/Juneau", "US/Alaska"], "americas"),
        new("pacific", "Pacific Time (PT)", -480, -420, "(?<!asia )pacific(?! (islands?|rim|asia))|pt|pst|pdt|los angeles|san francisco|seattle|vancouver|tijuana",
            ["America/Los_Angeles", "America/Vancouver", "America/Tijuana", "US/Pacific", "Canada/Pacific"], "americas"),
        new("arizona", "Mountain Standard Time, Arizona (MST)", -420, null, "arizona|phoenix", ["America/Phoenix", "US/Arizona"], "americas", "mountain"),
        new("mountain", "Mountain Time (MT)", -420, -360, "mountain|mt|mst|mdt|denver|edmonton|calgary|salt lake city|boise",
            ["America/Denver", "America/Edmonton", "America/Boise", "US/Mountain", "Canada/Mountain"], "americas"),
        new("saskatchewan", "Central Standard Time, Saskatchewan (CST)", -360, null, "saskatchewan|regina", ["America/Regina", "Canada/Saskatchewan"], "americas", "central"),
        new("mexico", "Central Standard Time, Mexico (CST)", -360, null, "mexico city|guadalajara|monterrey", ["America/Mexico_City", "America/Monterrey"], "americas", "central"),
        new("central", "Central Time (CT)", -360, -300, "(?<!australian )central(?! (europe\\w*|africa\\w*|asia\\w*|america\\w*|australia\\w*|indonesia\\w*))|ct|cst|cdt|chicago|winnipeg|dallas|houston",
            ["America/Chicago", "America/Winnipeg", "US/Central", "Canada/Central"], "americas"),
        new("bogota", "Colombia Time (COT)", -300, null, "bogota|colombia|lima|peru|cot|pet", ["America/Bogota", "America/Lima"], "americas"),
        new("eastern", "Eastern Time (ET)", -300, -240, "(?<!australian )eastern(?! (europe\\w*|africa\\w*|australia\\w*))|et|est|edt|new york|toronto|montreal|detroit|miami|atlanta|boston",
            ["America/New_York", "America/Toronto", "America/Montreal", "America/Detroit", "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "US/Eastern", "Canada/Eastern"], "americas"),
        new("atlantic", "Atlantic Time (AT)", -240, -180, "atlantic|ast|adt|halifax", ["America/Halifax", "America/Moncton", "Canada/Atlantic"], "americas"),
        new("newfoundland", "Newfoundland Time (NT)", -210, -150, "newfoundland|nst|ndt|st johns", ["America/St_Johns", "Canada/Newfoundland"], "americas"),
        new("brasilia", "Brasilia Time (BRT)", -180, null, "brasilia|brt|sao paulo|rio de janeiro", ["America/Sao_Paulo"], "americas"),
        new("argentina", "Argentina Time (ART)", -180, null, "argentina|buenos aires|art", ["America/Argentina/Buenos_Aires", "America/Buenos_Aires"], "americas"),
        new("london", "UK and Ireland Time (GMT/BST)", 0, 60, "uk|british|london|greenwich mean time|bst|wet|western europe\\w*|ireland|irish|dublin|lisbon|portugal",
            ["Europe/London", "Europe/Dublin", "Europe/Lisbon", "GB", "Etc/GMT"], "europe"),
        new("lagos", "West Africa Time (WAT)", 60, null, "west africa\\w*|wat|lagos|nigeria", ["Africa/Lagos"], "europe"),
        new("berlin", "Central European Time (CET)", 60, 120, "central europe\\w*|cet|cest|berlin|paris|madrid|amsterdam|rome|stockholm|warsaw|brussels|vienna|zurich|oslo|copenhagen|prague|budapest",
            ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Brussels", "Europe/Vienna", "Europe/Zurich", "Europe/Oslo", "Europe/Copenhagen", "Europe/Prague", "Europe/Budapest", "CET"], "europe"),
        new("johannesburg", "South Africa Time (SAST)", 120, null, "south africa\\w*|sast|johannesburg|cape town", ["Africa/Johannesburg"], "europe"),
        new("jerusalem", "Israel Time (IST)", 120, 180, "israel\\w*|jerusalem|tel aviv|idt", ["Asia/Jerusalem", "Asia/Tel_Aviv"], "europe", "athens"),
        new("athens", "Eastern European Time (EET)", 120, 180, "eastern europe\\w*|eet|eest|helsinki|athens|kyiv|kiev|bucharest|sofia|riga|vilnius|tallinn",
            ["Europe/Helsinki", "Europe/Athens", "Europe/Kyiv", "Europe/Kiev", "Europe/Bucharest", "Europe/Sofia", "Europe/Riga", "Europe/Vilnius", "Europe/Tallinn", "EET"], "europe"),
        new("nairobi", "East Africa Time (EAT)", 180, null, "east africa\\w*|eat|nairobi|kenya", ["Africa/Nairobi"], "europe"),
        new("istanbul", "Turkey Time (TRT)", 180, null, "turkey|turkiye|istanbul|trt", ["Europe/Istanbul"], "europe"),
        new("dubai", "Gulf Standard Time (GST)", 240, null, "gulf|gst|dubai|abu dhabi", ["Asia/Dubai"], "asia"),
        new("karachi", "Pakistan Time (PKT)", 300, null, "pakistan|karachi|lahore|pkt", ["Asia/Karachi"], "asia"),
        new("kolkata", "India Standard Time (IST)", 330, null, "india\\w*|ist|kolkata|calcutta|mumbai|delhi|bangalore|bengaluru|chennai|hyderabad|pune", ["Asia/Kolkata", "Asia/Calcutta"], "asia"),
        new("dhaka", "Bangladesh Time (BST)", 360, null, "bangladesh|dhaka", ["Asia/Dhaka"], "asia"),
        new("bangkok", "Indochina Time (ICT)", 420, null, "indochina|ict|bangkok|thailand|vietnam|hanoi|ho chi minh|jakarta|wib", ["Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta"], "asia"),
        new("singapore", "Singapore Time (SGT)", 480, null, "singapore|sgt|malaysia|kuala lumpur", ["Asia/Singapore", "Asia/Kuala_Lumpur"], "asia"),
        new("shanghai", "China Standard Time (CST)", 480, null, "china|beijing|shanghai|shenzhen|hong kong|hkt|taipei|taiwan", ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei"], "asia"),
        new("manila", "Philippine Time (PHT)", 480, null, "philippine\\w*|manila|pht|pst philippines", ["Asia/Manila"], "asia"),
        new("perth", "Australian Western Time (AWST)", 480, null, "australian western|western australia|awst|perth", ["Australia/Perth"], "asia"),
        new("tokyo", "Japan Standard Time (JST)", 540, null, "japan\\w*|jst|tokyo|osaka", ["Asia/Tokyo"], "asia"),
        new("seoul", "Korea Standard Time (KST)", 540, null, "korea\\w*|kst|seoul", ["Asia/Seoul"], "asia"),
        new("darwin", "Australian Central Standard Time, Northern Territory (ACST)", 570, null, "darwin|northern territory", ["Australia/Darwin"], "asia", "adelaide"),
        new("adelaide", "Australian Central Time (ACST)", 570, 630, "australian central|acst|acdt|adelaide|south australia", ["Australia/Adelaide"], "asia"),
        new("brisbane", "Australian Eastern Standard Time, Queensland (AEST)", 600, null, "brisbane|queensland", ["Australia/Brisbane"], "asia", "sydney"),
        new("sydney", "Australian Eastern Time (AET)", 600, 660, "australian eastern|aest|aedt|aet|sydney|melbourne|canberra|hobart",
            ["Australia/Sydney", "Australia/Melbourne", "Australia/Canberra", "Australia/Hobart"], "asia"),
        new("auckland", "New Zealand Time (NZT)", 720, 780, "new zealand|nzst|nzdt|nzt|auckland|wellington|christchurch", ["Pacific/Auckland"], "asia"),
    ];

    private static readonly Dictionary<string, Zone> ByKey = All.ToDictionary(z => z.Key, StringComparer.Ordinal);

    /// <summary>A zone by its key in <see cref="All"/>.</summary>
    public static Zone Get(string key) => ByKey[key];

    /// <summary>The applicant's zone, from <c>city</c>, <c>state</c> and <c>country</c>; null when the place leaves it open.</summary>
    public static Zone? Of(ApplyInput input) => Of(input.User("city"), input.User("state"), input.User("country"));

    /// <summary>The zone of a place; null when it is unknown or spans zones and nothing more decides.</summary>
    public static Zone? Of(string? city, string? state, string? country)
    {
        var c = TextNorm.Normalize(city);
        var region = Regions.Code(state) ?? TextNorm.Normalize(state);
        var land = Countries.Find(country)?.Code ?? (country is null ? null : TextNorm.Normalize(country));
        // A place named without its country is taken as a US or Canadian one when its region is a state or province.
        if (land is null && region.Length > 0 && Regions.IsRegion(region))
        {
            land = PlaceZones.CanadianRegions.ContainsKey(region) ? "CA" : "US";
        }

        if (c.Length > 0 && (PlaceZones.Cities.GetValueOrDefault($"{c}|{region}") ?? PlaceZones.Cities.GetValueOrDefault($"{c}|{land}")) is { } byCity)
        {
            return Get(byCity);
        }

        var zone = land switch
        {
            "US" => PlaceZones.UsStates.GetValueOrDefault(region),
            "CA" => PlaceZones.CanadianRegions.GetValueOrDefault(region),
            "AU" => PlaceZones.AustralianRegions.GetValueOrDefault(region),
            null => null,
            _ => PlaceZones.Countries.GetValueOrDefault(land),
        };
        return zone is null or PlaceZones.Spans ? null : Get(zone);
    }

    /// <summary>The zones a text names: by IANA id, name, abbreviation or city; empty when it names none.</summary>
    public static IReadOnlyList<Zone> Named(string text)
    {
        var ids = IanaId().Matches(text).Select(m => m.Value).ToList();
        var byId = All.Where(z => z.Ids.Any(i => ids.Contains(i, StringComparer.OrdinalIgnoreCase))).ToList();
        if (byId.Count > 0)
        {
            return byId;
        }

        var words = TextNorm.Normalize(Offsets.Without(text));
        return [.. All.Where(z => z.Pattern.IsMatch(words))];
    }

    /// <summary>The zone a free-text answer names ("PST", "UTC-5", "America/Chicago"); null when it names none or several.</summary>
    public static Zone? Parse(string answer)
    {
        var named = Named(answer);
        if (named.Count == 1)
        {
            return named[0];
        }

        var offsets = Offsets.Of(answer);
        var standard = All.Where(z => offsets.Contains(z.Standard)).ToList();
        return named.Count == 0 && standard.Count == 1 ? standard[0] : null;
    }

    // "America/Los_Angeles", "Europe/London", "America/Argentina/Buenos_Aires".
    [GeneratedRegex(@"\b(America|Europe|Asia|Africa|Australia|Pacific|Atlantic|US|Canada|Etc)/[A-Za-z_]+(/[A-Za-z_]+)?")]
    private static partial Regex IanaId();
}
