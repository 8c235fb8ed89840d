package org.talentbridge;

import com.vaadin.flow.component.page.AppShellConfigurator;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TalentBridgeApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // dates ("not in the future", reference dates, case-number years) are Zhejiang dates, whatever the host's zone
        if (System.getProperty("user.timezone", "").isBlank()) {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        }
        SpringApplication.run(TalentBridgeApplication.class, args);
    }
}
