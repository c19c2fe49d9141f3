using GhostHands.Execution.Forms;

namespace GhostHands.Tests.Execution;

/// <summary>Field messages read from a refused post's JSON body, and which of them belongs to which field.</summary>
public sealed class WhenAServerRefusesWithAJsonBody
{
    private static FormField Field(string label, string name, string hints = "") =>
        new("g1", "text", "text", name, label, hints, true, "", [], "", null, null, null);

    [Fact]
    public void An_object_of_messages_or_message_lists_gives_one_message_per_key() =>
        Assert.Equal(
            new (string, string)[] { ("phone", "Use (555) 555-5555."), ("startDate", "Use MM/DD/YYYY. Must be in the future.") },
            ServerErrors.Parse("""{"errors": {"phone": "Use (555) 555-5555.", "startDate": ["Use MM/DD/YYYY.", "Must be in the future."]}}"""));

    [Fact]
    public void A_list_of_field_and_message_objects_is_read_too() =>
        Assert.Equal(
            new (string, string)[] { ("answers.phone", "Invalid phone format, use +15555555555") },
            ServerErrors.Parse("""{"fieldErrors": [{"field": "answers.phone", "message": "Invalid phone format, use +15555555555"}, {"message": "no field"}]}"""));

    [Theory]
    [InlineData("not json")]
    [InlineData("""["a", "b"]""")]
    [InlineData("""{"title": "One or more validation errors occurred."}""")]
    public void A_body_without_field_messages_gives_none(string body) => Assert.Empty(ServerErrors.Parse(body));

    [Theory]
    [InlineData("phone", "Mobile number", "phone", true)]
    [InlineData("answers.phone", "Mobile number", "phone", true)]
    [InlineData("startDate", "Start date", "q_17", true)]
    [InlineData("f-start", "Earliest start", "startDate", false)]
    [InlineData("email", "Mobile number", "phone", false)]
    public void A_key_names_a_field_by_name_path_or_words(string key, string label, string name, bool names) =>
        Assert.Equal(names, ServerErrors.Names(Field(label, name), key));

    [Fact]
    public void A_key_matching_the_id_among_the_hints_names_the_field() =>
        Assert.True(ServerErrors.Names(Field("Available from", "", hints: "f-start text"), "f-start"));

    [Fact]
    public void Messages_naming_no_field_on_the_page_are_kept_as_lines_of_their_own()
    {
        var messages = new Dictionary<string, string>
        {
            ["phone"] = "Use (555) 555-5555.",
            ["history[0].employer"] = "Enter the employer.",
            ["_form"] = "Please review your application.",
        };

        Assert.Equal(
            ["history[0].employer: Enter the employer.", "Please review your application."],
            ServerErrors.Unplaced(messages, [Field("Mobile number", "phone")]));
    }

    [Theory]
    [InlineData("https://jobs.example.com/apply/42", true)]
    [InlineData("https://jobs.example.com:443/api/applications", true)]
    [InlineData("https://widgets.example.net/frame/submit", true)]
    [InlineData("https://analytics.tracker.io/collect", false)]
    [InlineData("https://api.addresscheck.com/verify", false)]
    [InlineData("http://jobs.example.com/apply/42", false)]
    public void Only_a_refusal_of_the_pages_own_post_is_the_forms(string url, bool own) =>
        Assert.Equal(own, ServerErrors.FromForm(url, ["https://jobs.example.com/careers/42", "https://widgets.example.net/frame"]));
}

/// <summary>Which button moves a form on, whatever its words.</summary>
public sealed class WhenChoosingTheButtonThatMovesOn
{
    private static PageButton Button(string text, string type = "button", string hint = "") => new("b" + text.Length, text, type, false) { Hint = hint };

    private static PageInventory Page(params PageButton[] buttons) => new([], buttons, [], 0, false, false, []);

    [Theory]
    [InlineData("Step 2: Your experience")]
    [InlineData("Preview your application")]
    [InlineData("Go on \u2192")]
    [InlineData("Onward")]
    public void A_step_button_worded_unusually_is_chosen_over_going_back(string text)
    {
        var chosen = PageReading.NextButton(Page(Button("Back"), Button(text), Button("Save draft")));

        Assert.Equal(text, chosen?.Text);
        Assert.False(PageReading.IsFinalSubmit(chosen!));
    }

    [Theory]
    [InlineData("Finish")]
    [InlineData("Complete application")]
    [InlineData("Done")]
    public void A_finishing_word_is_a_submission(string text)
    {
        var chosen = PageReading.NextButton(Page(Button("Edit answers"), Button(text)));

        Assert.Equal(text, chosen?.Text);
        Assert.True(PageReading.IsFinalSubmit(chosen!));
    }

    [Fact]
    public void A_button_whose_class_says_next_is_chosen_when_no_words_do() =>
        Assert.Equal("Go", PageReading.NextButton(Page(Button("Help"), Button("Go", hint: "btn btn-next")))?.Text);

    [Fact]
    public void Draft_edit_and_later_buttons_are_never_chosen() =>
        Assert.Null(PageReading.NextButton(Page(Button("Save as draft"), Button("Edit"), Button("Save for later"))));
}

/// <summary>What a page says once it has taken an application, in the words pages use.</summary>
public sealed class WhenReadingAConfirmation
{
    private static PageInventory Page(string text) => new([], [], [], 0, false, false, [(null!, "http://127.0.0.1/apply", text)]);

    [Theory]
    [InlineData("Your application is on its way to the hiring team.")]
    [InlineData("You've successfully applied for Platform Engineer.")]
    [InlineData("All done. We'll be in touch soon.")]
    [InlineData("Your application was successfully submitted.")]
    [InlineData("Thanks for applying!")]
    [InlineData("Your application for the ASP.NET Developer role at Contoso was received.")]
    [InlineData("Thank you for your Vue.js Developer application!")]
    public void Words_that_appear_after_the_click_confirm(string words) =>
        Assert.NotNull(PageReading.Confirmed(Page("Apply for Platform Engineer"), Page(words)));

    [Theory]
    [InlineData("Please review your application before you send it.")]
    [InlineData("Your application is missing a resume.")]
    [InlineData("Your application is incomplete.")]
    [InlineData("Please review your application. Nothing was sent yet.")]
    public void Words_that_do_not_say_it_was_taken_confirm_nothing(string words) =>
        Assert.Null(PageReading.Confirmed(Page("Apply for Platform Engineer"), Page(words)));

    [Fact]
    public void A_promise_already_on_the_form_confirms_nothing() =>
        Assert.Null(PageReading.Confirmed(Page("We'll be in touch within a week. Apply below."), Page("We'll be in touch within a week. Apply below. Phone is required.")));
}
