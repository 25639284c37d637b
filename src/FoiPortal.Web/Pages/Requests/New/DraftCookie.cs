namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>The browser keeps only the draft's random id; the answers stay on the server.</summary>
public static class DraftCookie
{
    public const string Name = "foiportal-draft";

    public static Guid? Read(HttpRequest request) =>
        Guid.TryParse(request.Cookies[Name], out var id) ? id : null;

    public static void Write(HttpResponse response, Guid id) =>
        response.Cookies.Append(Name, id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(1),
        });
}
