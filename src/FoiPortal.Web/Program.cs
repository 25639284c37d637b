using System.Globalization;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Database;
using Serilog;

// A plain console logger for failures before the host is built. Not a reloadable bootstrap logger: AddSerilog
// would freeze that, and several hosts in one test process would then race to freeze it.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();

if (SqliteBackup.IsBackupCommand(args))
{
    // `backup PATH`: an online copy of the embedded database, then exit (docs/deploy.md); the portal is not started.
    return await SqliteBackup.RunAsync(args, Console.Out, Console.Error);
}

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddFoiPortal();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseFoiPortal();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "FoiPortal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
