using System.Net;
using AngleSharp.Html.Dom;

namespace FoiPortal.Web.Tests.Infrastructure;

/// <summary>Steps of the public "make a request" journey, for tests that need a request to exist.</summary>
public static class Journey
{
    public static Dictionary<string, string> ValidAnswers(string title = "Online grooming figures") => new()
    {
        ["Data.FullName"] = "Jo Bloggs",
        ["Data.Email"] = "jo.bloggs@example.org",
        ["Data.PostalAddress"] = string.Empty,
        ["Data.Title"] = title,
        ["Data.QuestionsText"] = "1. How many offences were recorded in 2022?\n2. How many in 2021?",
        ["Data.PreferredFormat"] = "Email",
    };

    /// <summary>Fills the form and continues to check answers.</summary>
    public static async Task<IHtmlDocument> AnswerAsync(HttpClient client, IDictionary<string, string>? answers = null)
    {
        var form = await Html.GetAsync(client, "/requests/new");
        var response = await Html.PostFormAsync(client, form, answers ?? ValidAnswers());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/requests/new/check-answers", response.Headers.Location!.OriginalString);
        return await Html.GetAsync(client, "/requests/new/check-answers");
    }

    /// <summary>Sends from check answers and returns the confirmation page.</summary>
    public static async Task<IHtmlDocument> SendAsync(HttpClient client, IHtmlDocument checkAnswers)
    {
        var response = await Html.PostFormAsync(client, checkAnswers, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/requests/new/confirmation", response.Headers.Location!.OriginalString);
        return await Html.GetAsync(client, "/requests/new/confirmation");
    }

    public static async Task<IHtmlDocument> MakeRequestAsync(HttpClient client, IDictionary<string, string>? answers = null) =>
        await SendAsync(client, await AnswerAsync(client, answers));

    public static string Reference(IHtmlDocument confirmation) =>
        confirmation.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim();

    public static async Task SignInAsync(HttpClient client, string email, string password = "Demo-Passw0rd-2026")
    {
        var page = await Html.GetAsync(client, "/staff/sign-in");
        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Email"] = email, ["Data.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
