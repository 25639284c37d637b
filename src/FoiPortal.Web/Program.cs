using System.Globalization;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Database;
using Serilog;

// A plain console logger for failures before the host is built. Not a reloadable bootstrap logger: AddSerilog
// would freeze that, and several hosts in one test process would then race to freeze it.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddFoiPortal();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseFoiPortal();
    await app.RunAsync();
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
