using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace FoiPortal.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway Dovecot IMAP server for the intake tests: started in the foreground (<c>dovecot -F -c conf</c>) on a
/// free loopback port, with its config, passwd file and Maildir in a temp folder, and stopped afterwards. Tests skip
/// when Dovecot is not installed, unless FOIPORTAL_REQUIRE_DOVECOT=1 (set by .ci/run), when they fail instead.
/// </summary>
public sealed class Dovecot : IAsyncLifetime
{
    public const string Executable = "/usr/sbin/dovecot";
    public const string RequiredVariable = "FOIPORTAL_REQUIRE_DOVECOT";
    public const string UserName = "foi@foiportal.test";
    public const string Password = "intake-secret";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "foiportal-dovecot", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; private set; }

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>Why the Dovecot tests are skipped, or null when they must run.</summary>
    public static string? SkipReason => File.Exists(Executable) || IsRequired
        ? null
        : $"Dovecot is not installed at {Executable} (apt-get install -y dovecot-imapd): IMAP intake tests skipped.";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            if (IsRequired)
            {
                throw new InvalidOperationException($"{RequiredVariable}=1 but Dovecot is not installed at {Executable}.");
            }

            return;
        }

        Directory.CreateDirectory(Path.Combine(_dir, "mail"));
        Directory.CreateDirectory(Path.Combine(_dir, "run"));
        Directory.CreateDirectory(Path.Combine(_dir, "state"));
        Port = FreePort();
        var runningAsRoot = Environment.UserName == "root";
        await File.WriteAllTextAsync(Path.Combine(_dir, "users"), $"{UserName}:{{PLAIN}}{Password}\n");
        var user = runningAsRoot ? "uid=dovecot gid=dovecot" : $"uid={Environment.UserName}";
        await File.WriteAllTextAsync(Path.Combine(_dir, "dovecot.conf"), $$"""
            base_dir = {{_dir}}/run
            state_dir = {{_dir}}/state
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            first_valid_uid = 1
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{_dir}}/mail/%u
            log_path = {{_dir}}/dovecot.log
            {{(runningAsRoot ? "default_login_user = dovenull\ndefault_internal_user = dovecot\ndefault_internal_group = dovecot" : string.Empty)}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN {{_dir}}/users
            }
            userdb {
              driver = static
              args = {{user}} home={{_dir}}/mail/%u allow_all_users=yes
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service pop3-login {
              inet_listener pop3 {
                port = 0
              }
            }
            service submission-login {
              inet_listener submission {
                port = 0
              }
            }
            service lmtp {
              unix_listener lmtp {
                mode = 0600
              }
            }
            """);
        if (runningAsRoot)
        {
            await RunAsync("chown", $"-R dovecot:dovecot {_dir}/mail");
        }

        _process = Process.Start(new ProcessStartInfo(Executable, $"-F -c {_dir}/dovecot.conf")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("Dovecot exited: " + await _process.StandardError.ReadToEndAsync() + Log());
            }

            try
            {
                using var client = await ConnectAsync();
                return;
            }
            catch (Exception ex) when (ex is SocketException or IOException or ImapProtocolException or AuthenticationException)
            {
                await Task.Delay(200);
            }
        }

        throw new InvalidOperationException("Dovecot did not answer within 20 seconds." + Log());
    }

    public async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        return client;
    }

    /// <summary>Delivers a message the way a mail server does (IMAP APPEND), with the given arrival time.</summary>
    public async Task AppendAsync(MimeMessage message, DateTimeOffset? arrivedAt = null, string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = await client.GetFolderAsync(folder);
        await target.AppendAsync(new AppendRequest(message) { InternalDate = arrivedAt });
        await client.DisconnectAsync(true);
    }

    public async Task AppendRawAsync(byte[] raw, DateTimeOffset? arrivedAt = null)
    {
        using var stream = new MemoryStream(raw);
        await AppendAsync(await MimeMessage.LoadAsync(stream), arrivedAt);
    }

    public async Task<int> CountAsync(SearchFlags flags)
    {
        using var client = await ConnectAsync();
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var count = flags == SearchFlags.Unseen
            ? (await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.NotSeen)).Count
            : client.Inbox.Count;
        await client.DisconnectAsync(true);
        return count;
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    private string Log() => File.Exists(Path.Combine(_dir, "dovecot.log")) ? "\n" + File.ReadAllText(Path.Combine(_dir, "dovecot.log")) : string.Empty;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
    }

    public enum SearchFlags
    {
        All,
        Unseen,
    }
}

/// <summary>A test that needs Dovecot: skipped with a message when it is not installed, unless CI requires it.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DovecotFactAttribute : FactAttribute
{
    public DovecotFactAttribute()
    {
        if (Dovecot.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
