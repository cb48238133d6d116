using System;
using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using NaverWorks.Auth;

namespace NaverWorks.Security
{
    /// <summary>
    /// Reads the RSA private keys the Developer Console issues (PKCS#8) and the PKCS#1 form some tools convert
    /// them to, with System.Formats.Asn1 rather than a hand-rolled DER parser.
    /// </summary>
    internal static class PemPrivateKeyReader
    {
        private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";

        public static RSAParameters Read(string pem, string source)
        {
            if (string.IsNullOrWhiteSpace(pem))
                throw new PrivateKeyException($"The private key {source} is empty.");
            if (pem.IndexOf("BEGIN ENCRYPTED PRIVATE KEY", StringComparison.Ordinal) >= 0)
                throw new PrivateKeyException($"The private key {source} is encrypted with a passphrase. Save it unencrypted (e.g. 'openssl pkcs8 -in key.pem -out plain.pem') and keep that file where only you can read it.");
            if (TryBlock(pem, "PRIVATE KEY", out byte[]? pkcs8)) return FromPkcs8(pkcs8!, source);
            if (TryBlock(pem, "RSA PRIVATE KEY", out byte[]? pkcs1)) return FromPkcs1(pkcs1!, source);
            if (pem.IndexOf("PUBLIC KEY", StringComparison.Ordinal) >= 0 || pem.IndexOf("CERTIFICATE", StringComparison.Ordinal) >= 0)
                throw new PrivateKeyException($"{source} holds a public key or certificate, not the private key. Use the private key file downloaded when the service account key was issued in the Developer Console.");
            throw new PrivateKeyException($"{source} is not a PEM private key (expected a '-----BEGIN PRIVATE KEY-----' block as issued by the Developer Console).");
        }

        private static bool TryBlock(string pem, string label, out byte[]? der)
        {
            der = null;
            string begin = "-----BEGIN " + label + "-----", end = "-----END " + label + "-----";
            int b = pem.IndexOf(begin, StringComparison.Ordinal);
            if (b < 0) return false;
            int e = pem.IndexOf(end, b, StringComparison.Ordinal);
            if (e < 0) return false;
            string body = pem.Substring(b + begin.Length, e - b - begin.Length);
            try
            {
                der = Convert.FromBase64String(body.Replace("\r", "").Replace("\n", "").Replace(" ", "").Trim());
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static RSAParameters FromPkcs8(byte[] der, string source)
        {
            try
            {
                var reader = new AsnReader(der, AsnEncodingRules.DER);
                var info = reader.ReadSequence();
                info.ReadInteger(); // version
                var algorithm = info.ReadSequence();
                string oid = algorithm.ReadObjectIdentifier();
                if (oid != RsaEncryptionOid)
                    throw new PrivateKeyException($"The private key {source} is not an RSA key (algorithm {oid}); NAVER WORKS service accounts use RSA keys.");
                byte[] rsaKey = info.ReadOctetString();
                return FromPkcs1(rsaKey, source);
            }
            catch (AsnContentException ex)
            {
                throw new PrivateKeyException($"The private key {source} is damaged: its PKCS#8 structure cannot be read ({ex.Message}).", ex);
            }
        }

        private static RSAParameters FromPkcs1(byte[] der, string source)
        {
            try
            {
                var seq = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
                seq.ReadInteger(); // version
                BigInteger n = seq.ReadInteger(), e = seq.ReadInteger(), d = seq.ReadInteger(),
                    p = seq.ReadInteger(), q = seq.ReadInteger(), dp = seq.ReadInteger(), dq = seq.ReadInteger(), qi = seq.ReadInteger();
                byte[] modulus = Unsigned(n, 0);
                int half = (modulus.Length + 1) / 2;
                return new RSAParameters
                {
                    Modulus = modulus,
                    Exponent = Unsigned(e, 0),
                    D = Unsigned(d, modulus.Length),
                    P = Unsigned(p, half),
                    Q = Unsigned(q, half),
                    DP = Unsigned(dp, half),
                    DQ = Unsigned(dq, half),
                    InverseQ = Unsigned(qi, half),
                };
            }
            catch (AsnContentException ex)
            {
                throw new PrivateKeyException($"The private key {source} is damaged: its RSA structure cannot be read ({ex.Message}).", ex);
            }
        }

        // RSAParameters wants big-endian magnitudes of fixed length; BigInteger gives little-endian two's complement.
        private static byte[] Unsigned(BigInteger value, int length)
        {
            byte[] little = value.ToByteArray();
            int count = little.Length;
            while (count > 1 && little[count - 1] == 0) count--;
            int size = Math.Max(count, length);
            var big = new byte[size];
            for (int i = 0; i < count; i++) big[size - 1 - i] = little[i];
            return big;
        }
    }
}
