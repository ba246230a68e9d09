using System.Text;
using QRCoder;

namespace InterviewPrep.Web.Components.Account;

/// <summary>How an account's authenticator key is shown: in groups of four to type, and as a QR code to scan.</summary>
internal static class AuthenticatorKey
{
    private const string Issuer = "InterviewPrep";

    public static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var start = 0; start < key.Length; start += 4)
        {
            if (start > 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(key.AsSpan(start, Math.Min(4, key.Length - start)));
        }

        return grouped.ToString().ToLowerInvariant();
    }

    /// <summary>The <c>otpauth://</c> URI that authenticator apps read (Key Uri Format: issuer, account, secret).</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The URI as an SVG QR code, drawn here (no script, no image request), sized by its container.</summary>
    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
