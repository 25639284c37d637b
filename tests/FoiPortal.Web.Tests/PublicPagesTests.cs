using System.Net;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;

namespace FoiPortal.Web.Tests;

public sealed class PublicPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/", "Make a Freedom of Information request to West Midlands Police")]
    [InlineData("/requests/new", "Make a Freedom of Information request")]
    [InlineData("/disclosure-log", "Disclosure log")]
    [InlineData("/accessibility", "Accessibility statement for the Freedom of Information service")]
    [InlineData("/privacy", "Privacy notice: Freedom of Information requests")]
    [InlineData("/staff/sign-in", "Sign in to Freedom of Information case work")]
    public async Task Get_PublicPage_RendersWithOneHeadingAndTheLayout(string url, string heading)
    {
        var client = factory.CreateBrowserLikeClient();

        var page = await Html.GetAsync(client, url);

        Assert.Equal(heading, Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main-content", page.QuerySelector("a.govuk-skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main-content"));
        Assert.Equal("West Midlands Police", page.QuerySelector(".govuk-generic-header__homepage-link")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".govuk-phase-banner"));
        Assert.NotNull(page.QuerySelector("footer a[href='/accessibility']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/privacy']"));
    }

    [Fact]
    public async Task Get_Page_SendsSecurityHeadersWithANonceThatMatchesTheInlineScript()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var page = await Html.ParseAsync(response);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        var nonce = page.QuerySelector("body > script")!.GetAttribute("nonce");
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"'nonce-{nonce}'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var second = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.NotEqual(csp, string.Join(";", second.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("/track/unknown")]
    [InlineData("/track/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/no-such-page")]
    public async Task Get_UnknownTrackingTokenOrPage_Is404WithAFriendlyPage(string url)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_DemoTrackingLink_ShowsTheGroomingRequestWithoutStaffDetails()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri($"/track/{DevelopmentSeeder.GroomingDemoToken}", UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Online Grooming", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(5, page.QuerySelectorAll("main ol li").Length);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("officer@foiportal.test", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy(string url)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/css/app.css")]
    [InlineData("/js/govuk-frontend.min.js")]
    [InlineData("/js/app.js")]
    public async Task FrontEndAssets_AreServed(string url)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 100);
    }
}
