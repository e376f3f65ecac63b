package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerAddressTest {

    @Test
    void embeddedListensOnTheLoopbackInterfaceOnItsPortOrArtemisUsualOne() {
        assertThat(BrokerAddress.parse("embedded").address()).contains(new BrokerAddress(true,
                "tcp://127.0.0.1:61616"));
        assertThat(BrokerAddress.parse(" embedded:61700 ").address()).contains(new BrokerAddress(true,
                "tcp://127.0.0.1:61700"));
    }

    @Test
    void aStandaloneBrokerNeedsAHostAndAPort() {
        assertThat(BrokerAddress.parse("tcp://mq.metropole.local:61616?sslEnabled=true").address())
                .contains(new BrokerAddress(false, "tcp://mq.metropole.local:61616?sslEnabled=true"));
        assertThat(BrokerAddress.parse("tcp://mq.metropole.local").problem()).contains("needs a host and a port");
        assertThat(BrokerAddress.parse("embedded:port").problem()).contains("from 1 to 65535");
        assertThat(BrokerAddress.parse("").problem()).contains("expected 'embedded'");
    }

    @Test
    void whatIsShownLeavesOutTheOptions() {
        BrokerAddress address = BrokerAddress.parse("tcp://mq.local:61616?sslEnabled=true&trustStorePath=/etc/mq.jks")
                .address().orElseThrow();
        assertThat(address.display()).isEqualTo("tcp://mq.local:61616");
        assertThat(address.toString()).isEqualTo("tcp://mq.local:61616");
    }

    @Test
    void anAddressHoldingCredentialsIsRefusedWithoutRepeatingThem() {
        for (String secret : new String[] {"tcp://vigie:s3cret@mq.local:61616",
                "tcp://mq.local:61616?user=vigie&password=s3cret", "tcp://mq.local:61616?PASSWORD=s3cret",
                "tcp://mq.local:61616?sslEnabled=true&keyStorePassword=s3cret"}) {
            BrokerAddress.Parsed parsed = BrokerAddress.parse(secret);
            assertThat(parsed.address()).as(secret).isEmpty();
            assertThat(parsed.problem()).contains("VIGIE_BROKER_PASSWORD").doesNotContain("s3cret");
        }
    }
}
