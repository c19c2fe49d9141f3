using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// The fast first pass: what a question is about, from the words any wording of it must use ("sponsor", "visa"
/// for sponsorship). Topics that the applicant profile answers carry the profile key's name. Runs on normalised text
/// (<see cref="TextNorm.Normalize"/>), in order: the first topic whose pattern matches wins ("work visa" is
/// sponsorship, not authorisation; "email address" is not an address).
/// </summary>
internal static class Topics
{
    /// <summary>Questions with legal weight: answered only from an entry on the same topic, never by similarity alone.</summary>
    public static readonly IReadOnlySet<string> Legal = new HashSet<string>(StringComparer.Ordinal)
    {
        "work_unsponsored", "requires_sponsorship", "work_authorization", "gender", "ethnicity", "veteran_status", "disability_status",
        "sexual_orientation", "transgender",
    };

    private static readonly (string Topic, Regex Pattern)[] Rules =
    [
        // A clearance is not a right to work: "Are you eligible to obtain a security clearance?" says "eligible".
        ("security_clearance", Rule(@"\bclearances?\b|\bvetting\b")),
        // "Can you work here without a visa?" asks both at once: authorised and needing no sponsorship.
        ("work_unsponsored", Rule(@"\b(work|employed|employment)\b.*\bwithout\b.*\b(sponsor\w*|visa)\b|\bwithout\b.*\b(sponsor\w*|visa)\b.*\b(work|employed|employment)\b")),
        ("requires_sponsorship", Rule(@"sponsor|\bvisa\b|immigration|\bh-?1b\b|petition|(need|require|support|apply|application)\w* .*work permit|work permit (application|support)")),
        // "Are you able to work in the United States for Globex without restriction?": a country's restriction, not a shift's
        // ("without restriction on hours" or "of location" restricts something else).
        ("work_authorization", Rule(@"authori[sz]|eligib|\bwork in (the )?(us|usa|united states|united kingdom|uk|canada|this country|the country)\b.*\bwithout (any )?(restrictions?|limitations?)\b(?! (on|of|to|as to|regarding|in terms of)\b)|(hold|have|possess)\w* .*work permit|valid work permit|permit to work|permitted to (work|be employed)|right to (work|take up)|legally .*work|work .*legally")),
        // Help with a move is not willingness to move: no profile key holds it.
        ("relocation_assistance", Rule(@"relocation (assistance|package|support|benefits?|expenses?|reimbursement|bonus|help)")),
        // "Move here" only as a willingness to ("prepared to move here?", "would you move here?"): "If you move here, will
        // you need housing?", "Why do you want to move here?", "How soon could you move here?", "Would you be moving here
        // alone?" ask something else.
        ("willing_to_relocate", Rule(@"relocat|moving (to|there)\b|move (to|there)\b|^(?!.*\b(how|when|why|what|which|need\w*|help|assist\w*|alone|with)\b).*(\b(willing|prepared|open|able|happy|ready|consider\w*|see yourself) (to )?|\b(would|will|could) you (be )?)mov(e|ing) here\b|chang\w* (your |my )?(place of )?residence")),
        // "How much travel can you take on?", "Are you willing to travel?": not a company whose name holds "travel".
        ("willing_to_travel", Rule(@"\b(willing|able|open|prepared|comfortable|happy|how much|amount of|percent\w*) .*\btravel|\btravel\w* (requirement|percent\w*|frequency)|\btravel\w* .*\b(willing|able|comfortable)\b|\btime\b.*\btravel")),
        ("age", Rule(@"\b18\b|years of age|age or older|legal (working )?age|minimum (working )?age")),
        ("years_experience", Rule(@"years? .*experience|experience .*years?|\b(years?|yrs?) of exp|\byrs?\b.*\bexperience|\bexperience\b.*\byrs?\b|^(relevant |total |professional |overall |work )+experience$|how much (relevant |professional |work )?experience do you have")),
        // "How long have you been shipping code as a job?": a career's length in other words (ExperienceLength).
        ("years_experience", ExperienceLength.Question),
        // The pay one has now is not the pay one asks for: no profile key holds it.
        ("current_salary", Rule(@"\b(current|present|existing|last|previous|most recent) (base |annual |total )?(salary|compensation|pay|remuneration)\b")),
        // The currency beside a salary is not the salary: "Salary currency" comes before "salary".
        ("salary_currency", Rule(@"currenc")),
        ("salary_expectation", Rule(@"salary|compensation|remuneration|pay (expectation|range)|(expected|desired|target|base|annual) (annual |base )?pay\b")),
        ("notice_period", Rule(@"^notice$|notice period|\bnotice\b.*\b(employer|give|serve|required)\b|how much notice")),
        // The date one was born, not where ("Country of birth").
        ("date_of_birth", Rule(@"date of birth|\bbirth ?date\b|\bdob\b|when were you born")),
        // Interviews and calls are asked about in the same words ("When are you available for a call?"): not a start date.
        ("start_date", Rule(@"^(?!.*\b(interview|call|contact|reach|meeting|did|were|was)\b)(.*(start date|earliest .*(start|availab)|when .*(start|begin|join|available|first day|report (for|to) (work|duty))|available to (start|begin|join)|availab\w* (date|from)|date .*available|available from|how soon|commenc|start availab|availab\w* to (start|begin|join)|joining date|date .*\b(join|begin)\b))")),
        ("skills", Rule(@"\bskills?\b|programming languages?|technolog|frameworks?\b|tools? .*(use|know|proficient)")),
        ("languages", Rule(@"\blanguages?\b")),
        ("work_arrangement", Rule(@"work(ing|place)? ?(arrangement|setting|setup|set-up|model|mode|location preference|preference)|workplace (type|preference)|location type|remote|hybrid|on-?site|in-?office|office-based|work(ing)? from home")),
        // "What time zone are you based in?" (TimeZoneAnswer); after the arrangement, whose options say "Remote (US time zones)".
        (TimeZones.Topic, TimeZoneAnswer.Question),
        // Trackers name the question by its field, often in two levels: "Source" then "Source Name" ("Source Type", "Source
        // Details"), listing the boards of the kind chosen first. Not "open source", nor who referred the applicant.
        ("source", Rule(@"hear(d)? about|learn(ed|t)? about|(how|where) did you (first )?(hear|learn) of|how did you (find|discover|come across)|(come|came) across (this|our|the) (job|role|position|vacancy|opening|posting|advert|opportunit)|what brought you to (our|this|the) (careers? |jobs? )?(page|site|website|posting|listing)|\b(heard|found out) (about )?(us |this \w+ )?(via|through)|(see|saw|find|found) this (job|role|position|vacancy|opening|posting|advert)|^(candidate |applicant |application |recruiting |recruitment )?source( (name|type|category|details?|specifics?|description))?$|^(specific|exact) source$|^source of (your )?(application|candidacy|referral)$|referral source|where did you (find|see)|\bwhich job (board|site)\b")),
        ("sexual_orientation", Rule(@"sexual orientation|\blgbt")),
        ("transgender", Rule(@"transgender")),
        ("gender", Rule(@"\bgender\b|\bsex\b")),
        ("ethnicity", Rule(@"ethnic|\brace\b|racial|hispanic|latin[oax]")),
        ("veteran_status", Rule(@"veteran|military (service|status)|armed forces|served in the (military|army|navy|air force|marines|coast guard)")),
        ("disability_status", Rule(@"disabilit")),
        ("highest_education", Rule(@"highest .*(education|degree|qualification)|(education|degree) level|level of (education|study)")),
        ("degree", Rule(@"\bdegree\b|field of study|area of study")),
        ("school", Rule(@"\bschool\b|universit|college|institution")),
        ("pronouns", Rule(@"pronoun|\b(he him|she her|they them)\b")),
        ("current_company", Rule(@"(current|present|most recent|latest) (company|employer)|employer name|^(employer|company|company name)( current)?$|who do you work for")),
        ("current_title", Rule(@"(current|present|most recent|latest) (job )?(title|position|role)|job title")),
        ("github_url", Rule(@"github")),
        ("portfolio_url", Rule(@"portfolio")),
        ("website", Rule(@"website|home ?page|personal (site|url|page)|\bblog\b|^url$")),
        ("phone_country_code", Rule(@"country code|dial(ing)? code|phone code")),
        // The second line of an address (no profile key holds one): never answered with the first line.
        ("address_line2", Rule(@"\b(address|line) ?2\b|address line (2|two)|second (address )?line|\bapt\b|apartment|\bsuite\b|address .*\bcontinued\b")),
        ("address_line1", Rule(@"street|address line|^address$|(home|mailing|postal|residential|current) address")),
        ("postal_code", Rule(@"\bzip\b|postal|post ?code")),
        // "Where do you live?", "Where are you based?": the place one lives, unless it asks for a country or state.
        ("city", Rule(@"\bcity\b|\btown\b|^(current )?location$|^(?!.*\b(country|state|province|region|zip|postal|address)\b).*(where do you (currently )?(live|reside)|where are you (currently )?(based|located|living|residing)|place of residence|^(current )?residence$)")),
        // "Country/Region" is a country: a region named beside a country is the country's other name, not a state.
        ("state", Rule(@"\bstate\b|province|^(?!.*\bcountry\b).*\bregion\b")),
        ("country", Rule(@"\bcountry\b")),
    ];

    /// <summary>The topic of <paramref name="question"/>, or null.</summary>
    public static string? Of(string? question)
    {
        var text = TextNorm.Normalize(question);
        // A statement before the question sets the scene ("Every position here is remote, ..."): when the sentence that
        // asks names a topic of its own ("Which state is your home?"), that is what is asked.
        var asked = question is null ? "" : Sentences.Asked(question);
        var topic = (asked.Length < question?.Length ? Find(TextNorm.Normalize(asked)) : null) ?? Find(text);
        // Earlier work for the hiring company and the other screening facts need the form's capitals (a company's
        // name), which normalising removes; a fact outranks the words around it ("a background check of your salary
        // history"), and a legal topic only when that was the verb of consent ("Do you authorize us to run a background check?").
        var fact = ScreeningFacts.Of(question);
        if (IsLegal(topic) && !(fact is not null && ScreeningFacts.GrantsConsent(text)))
        {
            return topic;
        }

        return FormerEmployment.Asks(question) ? (fact is null ? FormerEmployment.Topic : ScreeningFacts.Several) : fact ?? topic;
    }

    private static string? Find(string text) => text.Length == 0 ? null : Rules.FirstOrDefault(t => t.Pattern.IsMatch(text)).Topic;

    public static bool IsLegal(string? topic) => topic is not null && Legal.Contains(topic);

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
