namespace FoiPortal.Web.Infrastructure.Mail;

/// <summary>Registers the email intake (issue 16): the importers run only when configured.</summary>
public static class IntakeSetup
{
    public static void AddEmailIntake(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var intake = configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions();
        services.Configure<IntakeOptions>(configuration.GetSection(IntakeOptions.Section));
        services.PostConfigure<IntakeOptions>(o =>
        {
            if (!string.IsNullOrWhiteSpace(o.Folder))
            {
                o.Folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, o.Folder));
            }
        });
        services.AddSingleton<IntakeImporter>();
        services.AddSingleton<IntakeFolderImporter>();
        services.AddSingleton<IntakeImapImporter>();
        if (!string.IsNullOrWhiteSpace(intake.Folder))
        {
            services.AddHostedService(sp => sp.GetRequiredService<IntakeFolderImporter>());
        }

        if (!string.IsNullOrWhiteSpace(intake.Imap.Host))
        {
            services.AddHostedService(sp => sp.GetRequiredService<IntakeImapImporter>());
        }
    }
}
