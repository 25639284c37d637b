using System.Threading.RateLimiting;
using FluentValidation;
using FoiPortal.Core.Calendar;
using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Api;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure.Database;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Infrastructure.Security;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace FoiPortal.Web.Infrastructure;

/// <summary>Composition root: services and the HTTP pipeline, in one place, in order.</summary>
public static class FoiPortalHost
{
    public const string StaffPolicy = "Staff";
    public const string CaseWorkPolicy = "CaseWork";
    public const string AdminPolicy = "Admin";
    public const string ManagerPolicy = "Manager";
    public const string StatisticsPolicy = "Statistics";

    public static void AddFoiPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Lifetime mistakes (a singleton holding a DbContext) fail at start, in every environment.
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });

        services.AddSerilog((sp, lc) => lc
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext());

        services.Configure<AuthorityOptions>(configuration.GetSection(AuthorityOptions.Section));
        services.Configure<RequestOptions>(configuration.GetSection(RequestOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        builder.AddFoiDatabase();
        // Issue 19: several nodes claim outbox rows and job leases with the provider's own locking (ADR 017).
        services.AddSingleton(new NodeIdentity(configuration["Node:Name"]));
        services.AddSingleton<RowClaims>();
        services.AddSingleton<JobLeases>();
        builder.AddDisclosureLog();
        services.AddScoped<DevelopmentSeeder>();
        services.AddSingleton(sp => new ReferenceFormat(sp.GetRequiredService<IOptions<RequestOptions>>().Value.ReferenceFormat));
        services.AddScoped<ReferenceAllocator>();
        services.AddScoped<Pages.Requests.New.RequestRegistration>();
        // Published bank holidays plus admin adjustments, cached in memory (Core/Calendar/DatabaseCalendarSource.cs).
        services.AddSingleton<DatabaseCalendarSource>();
        services.AddSingleton<ICalendarSource>(sp => sp.GetRequiredService<DatabaseCalendarSource>());
        // The exemption catalogue with admins' edits, cached likewise (Core/Exemptions/DatabaseExemptionCatalogue.cs).
        services.AddSingleton<DatabaseExemptionCatalogue>();
        services.AddSingleton<IExemptionCatalogueSource>(sp => sp.GetRequiredService<DatabaseExemptionCatalogue>());
        services.AddOpenApi();

        services.AddMediator((Mediator.MediatorOptions o) =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ActorBehavior<,>), typeof(ValidationBehavior<,>), typeof(StaffCommandCommittedBehavior<,>), typeof(AfterCommitBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        services.AddScoped<AfterCommit>();
        // The queue's tab counts, dropped for a member of staff after their own command (Pages/Staff/Cases/QueueCounts.cs).
        services.AddSingleton<FoiPortal.Web.Pages.Staff.Cases.QueueCounts>();
        services.AddSingleton<IAfterStaffCommand>(sp => sp.GetRequiredService<FoiPortal.Web.Pages.Staff.Cases.QueueCounts>());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentStaff, HttpCurrentStaff>();
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        // After the per-form validators: hidden formatting and control characters are refused in every form (issue 17).
        services.AddScoped(typeof(IValidator<>), typeof(UnsafeTextValidator<>));

        AddStaffIdentity(services, configuration);

        // Keys in the database: a restart or a second node keeps sign-in cookies and antiforgery tokens valid.
        services.AddDataProtection().SetApplicationName("FoiPortal").PersistKeysToDbContext<FoiDbContext>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "foiportal-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", StaffPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Cases", CaseWorkPolicy);
            o.Conventions.AuthorizeFolder("/Staff/DisclosureLog", CaseWorkPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Reviews", CaseWorkPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Inbox", CaseWorkPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Admin", AdminPolicy);
            o.Conventions.AuthorizeFolder("/Staff/SignOff", ManagerPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Statistics", StatisticsPolicy);
            // Issue 19: the retention schedule is read by managers and set by admins (/staff/admin/retention); legal
            // holds and the case file are managers' (on top of the case-work policy of /Staff/Cases).
            o.Conventions.AuthorizeFolder("/Staff/Retention", StatisticsPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Cases/Retention", ManagerPolicy);
            // One review page for both parts (/staff/sign-off/{cost|exemptions}/{id}); the first address of a cost decision still works.
            o.Conventions.AddPageRoute("/Staff/SignOff/Review", "staff/sign-off/{id:int}");
            o.Conventions.AllowAnonymousToPage("/Staff/SignIn");
            // The second sign-in step, two-factor set-up at first sign-in and the invitation link (issue 17).
            o.Conventions.AllowAnonymousToFolder("/Staff/SignIn");
            o.Conventions.AllowAnonymousToPage("/Staff/AccessDenied");
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<UnknownHandlerFilter>();
            o.Filters.Add<ValidationExceptionFilter>();
        });
        services.AddRouting(o => o.LowercaseUrls = true);

        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = (int)RequestBodyLimitMiddleware.MaxBodyBytes;
            o.ValueCountLimit = 200;
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.MaxBodyBytes;
            // A shared search URL can be long (the log's search box is GET); longer words are cut by the page, not
            // refused by Kestrel with a bare 414 (the default request line is 8 KB).
            k.Limits.MaxRequestLineSize = 64 * 1024;
            k.AddServerHeader = false;
        });

        AddPublicPostRateLimit(services, configuration);
        AddMail(services, configuration, builder.Environment);

        services.AddSingleton<DraftPurger>();
        services.AddHostedService(sp => sp.GetRequiredService<DraftPurger>());
        services.AddSingleton<RetentionPurgeJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPurgeJob>());
        services.AddSingleton<DeadlineReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineReminderJob>());

        services.AddHealthChecks().AddDbContextCheck<FoiDbContext>("database", tags: ["ready"]);
        AddReverseProxy(services, configuration);
    }

    /// <summary>
    /// Behind a load balancer or reverse proxy (docs/deploy.md): the client's address and scheme come from
    /// X-Forwarded-For and X-Forwarded-Proto, trusted only from the proxies named in <c>ReverseProxy:KnownProxies</c>
    /// (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR), besides loopback. So the public-post rate limit is per
    /// client, not per proxy, and HTTPS redirection and secure cookies see the scheme the browser used.
    /// </summary>
    private static void AddReverseProxy(IServiceCollection services, ConfigurationManager configuration)
    {
        var section = configuration.GetSection("ReverseProxy");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = section.GetValue("ForwardLimit", 1);
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    public static void UseFoiPortal(this WebApplication app)
    {
        // First: everything after it sees the client's address and scheme, not the proxy's.
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
            // A load balancer probes each node's /health/* over plain HTTP: answer it, never redirect it.
            app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), branch => branch.UseHttpsRedirection());
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NoStoreMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public,max-age=3600",
        });
        app.UseSerilogRequestLogging(o =>
        {
            // Log the route pattern, not the path: /track/{token} must never put a token in the logs.
            o.GetMessageTemplateProperties = (ctx, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(ctx.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(RoutePattern(ctx))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: the output cache serves and stores anonymous responses only (the public log's pages).
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapDeadlinesApi();
        app.MapStatisticsApi();
    }

    private static string RoutePattern(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern ? "/" + pattern.TrimStart('/') : "(static or unmatched)";

    private static void AddStaffIdentity(IServiceCollection services, ConfigurationManager configuration)
    {
        services.Configure<StaffSecurityOptions>(configuration.GetSection(StaffSecurityOptions.Section));
        var security = configuration.GetSection(StaffSecurityOptions.Section).Get<StaffSecurityOptions>() ?? new StaffSecurityOptions();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(o =>
            {
                // OWASP ASVS 6.2: at least 12 characters, no composition rules; the common-password list is StaffPasswordValidator.
                o.Password.RequiredLength = PasswordRules.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                // A disabled account or an invitation not taken up cannot sign in (StaffAccountConfirmation).
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FoiDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<StaffPasswordValidator>();
        services.AddScoped<IUserConfirmation<StaffUser>, StaffAccountConfirmation>();
        services.AddSingleton<DummyPassword>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffSignIn>();
        // The stamp is checked on every request: a disabled account's sessions end on their next request.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = StaffSession.KeepSignInTime;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "foiportal-staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/staff/sign-in";
            o.LogoutPath = "/staff/sign-out";
            o.AccessDeniedPath = "/staff/access-denied";
            // Idle timeout (sliding); the absolute limit is checked in StaffSession.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = StaffSession.ValidatePrincipalAsync;
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "foiportal-staff-2fa";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(StaffRoles.All))
            .AddPolicy(CaseWorkPolicy, p => p.RequireRole(StaffRoles.Officer, StaffRoles.Manager))
            .AddPolicy(AdminPolicy, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(ManagerPolicy, p => p.RequireRole(StaffRoles.Manager))
            .AddPolicy(StatisticsPolicy, p => p.RequireRole(StaffRoles.Manager, StaffRoles.Admin));
    }

    /// <summary>Anonymous POSTs (the public forms) are limited per client address; staff and reads are not.</summary>
    private static void AddPublicPostRateLimit(IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:PublicPostsPerMinute", 20);
        var signInPerMinute = configuration.GetValue($"{StaffSecurityOptions.Section}:{nameof(StaffSecurityOptions.SignInAttemptsPerAddressPerMinute)}", new StaffSecurityOptions().SignInAttemptsPerAddressPerMinute);
        services.AddRateLimiter(o =>
        {
            SignInThrottle.AddPolicy(o, signInPerMinute);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            {
                // The re-executed error page for a refused post must not be refused in turn.
                if (!HttpMethods.IsPost(ctx.Request.Method) || ctx.User.Identity?.IsAuthenticated == true
                    || ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
    }

    private static void AddMail(IServiceCollection services, ConfigurationManager configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton<OutboxSignal>();
        var mail = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        if (string.IsNullOrWhiteSpace(mail.Smtp.Host))
        {
            var folder = string.IsNullOrWhiteSpace(mail.PickupFolder)
                ? Path.Combine(DatabaseSetup.DataFolder(configuration, environment), "mail-pickup")
                : Path.GetFullPath(Path.Combine(environment.ContentRootPath, mail.PickupFolder));
            services.AddSingleton<IMailTransport>(new PickupFolderTransport(folder));
        }
        else
        {
            services.AddSingleton<IMailTransport, SmtpTransport>();
        }

        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        IntakeSetup.AddEmailIntake(services, configuration, environment);
    }
}
